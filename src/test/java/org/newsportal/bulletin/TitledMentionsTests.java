package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Names printed after a title word, read alone. */
class TitledMentionsTests {

	private final List<String> dropped = new ArrayList<>();

	private final TitledMentions titled = new TitledMentions(this.dropped);

	@Test
	void theTitleIsReadBackToTheStartOfItsClause() {
		assertThat(this.titled.find("3月11日上午，市政协副主席、高新区（示范区）党工委书记吕沛主持召开会议。"))
			.extracting(FoundPerson::name, FoundPerson::title, FoundPerson::present)
			.containsExactly(tuple("吕沛", "市政协副主席、高新区（示范区）党工委书记", false));
	}

	@Test
	void theNameEndsWhereAVerbStarts() {
		assertThat(this.titled.find("村党支部书记冯长河介绍，今年葡萄亩产提高一成。")).extracting(FoundPerson::name).containsExactly("冯长河");
		assertThat(this.titled.find("社区主任王明在会上发言。")).extracting(FoundPerson::name).containsExactly("王明");
	}

	@Test
	void aCompoundSurnameMakesAFourCharacterName() {
		assertThat(this.titled.find("科技学院院长欧阳立群致辞。")).extracting(FoundPerson::name).containsExactly("欧阳立群");
	}

	@Test
	void anOrganisationWithAndInsideIsOneTitle() {
		assertThat(this.titled.find("市住房和城乡建设局副局长王新华出席。")).extracting(FoundPerson::title)
			.containsExactly("市住房和城乡建设局副局长");
	}

	@Test
	void wordsAfterATitleWordThatAreNoNameAreSkipped() {
		assertThat(this.titled.find("各位领导高度重视，主任会议研究决定。")).isEmpty();
		assertThat(this.titled.find("局长办公会召开。")).isEmpty();
	}

	@Test
	void offsetsPointAtTheName() {
		String text = "会上，局长赵文讲话。";
		assertThat(this.titled.find(text)).extracting(FoundPerson::offset).containsExactly(text.indexOf("赵文"));
	}

}
