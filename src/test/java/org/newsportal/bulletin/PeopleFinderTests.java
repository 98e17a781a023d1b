package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The recognisers together: one mention per name, present when any line says so. */
class PeopleFinderTests {

	@Test
	void findCombinesPresentAndTitled() {
		List<FoundPerson> found = new PeopleFinder(new ArrayList<>()).find("社区主任侯佳怡讲解要点。\n\n镇领导段明远出席会议。");
		// unmerged: 段明远 is both titled and present
		assertThat(found).extracting(FoundPerson::name, FoundPerson::present)
			.containsExactlyInAnyOrder(tuple("段明远", true), tuple("侯佳怡", false), tuple("段明远", false));
	}

	@Test
	void mergeKeepsTheFirstAppearanceAndThePresentLinesTitle() {
		List<PersonMention> merged = PeopleFinder.merge(List.of(new FoundPerson(30, "吕沛", "区领导", true),
				new FoundPerson(5, "吕沛", "市政协副主席、党工委书记", false), new FoundPerson(12, "熊丽", "副市长", false)));
		assertThat(merged).containsExactly(new PersonMention("吕沛", "区领导", true), new PersonMention("熊丽", "副市长", false));
	}

	@Test
	void mergeTakesTheLongerTitleBetweenEqualMentions() {
		List<PersonMention> merged = PeopleFinder
			.merge(List.of(new FoundPerson(0, "熊丽", "副市长", false), new FoundPerson(9, "熊丽", "市政府副市长", false)));
		assertThat(merged).containsExactly(new PersonMention("熊丽", "市政府副市长", false));
	}

}
