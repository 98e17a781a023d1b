package org.newsportal.bulletin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Bare mentions of names the bulletin gives with a title elsewhere. */
class KnownNamesTests {

	@Test
	void aNameTitledInOneItemIsFoundBareInAnother() {
		KnownNames known = KnownNames.from(List.of(List.of(new FoundPerson(0, "吕沛", "党工委书记", false)), List.of()));
		assertThat(known.find("吕沛逐一进行点评，吕沛指出，要抓好落实。"))
			.extracting(FoundPerson::offset, FoundPerson::name, FoundPerson::title, FoundPerson::present)
			.containsExactly(tuple(0, "吕沛", "党工委书记", false), tuple(9, "吕沛", "党工委书记", false));
	}

	@Test
	void theLongestTitleSeenIsKept() {
		KnownNames known = KnownNames.from(List.of(List.of(new FoundPerson(0, "官卫红", "主任", false)),
				List.of(new FoundPerson(0, "官卫红", "管委会主任", true))));
		assertThat(known.find("官卫红强调")).extracting(FoundPerson::title).containsExactly("管委会主任");
	}

	@Test
	void namesSeenOnlyWithoutATitleAreNotKnown() {
		KnownNames known = KnownNames.from(List.of(List.of(new FoundPerson(0, "王明", null, true))));
		assertThat(known.find("王明表示，将继续努力。")).isEmpty();
	}

	@Test
	void aKnownNameInsideALongerWordIsNotAMention() {
		KnownNames known = KnownNames.from(List.of(List.of(new FoundPerson(0, "高鸿", "区领导", true))));
		assertThat(known.find("高鸿飞的作品")).isEmpty();
		assertThat(known.find("高鸿、郑侃")).extracting(FoundPerson::name).containsExactly("高鸿");
	}

}
