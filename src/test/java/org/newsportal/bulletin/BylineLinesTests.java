package org.newsportal.bulletin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bylines printed apart from the dateline. */
class BylineLinesTests {

	private static final Vocabulary WORDS = Vocabulary.DEFAULTS;

	@Test
	void aLineOfItsOwnWithAMarker() {
		assertThat(standalone("□本报记者 卓立言 通讯员 苗志远")).containsExactly(new Byline("卓立言", "记者"), new Byline("苗志远", "通讯员"));
		assertThat(standalone("■ 记者 甘秋实")).containsExactly(new Byline("甘秋实", "记者"));
		assertThat(standalone("●本报记者 邝雨桐")).containsExactly(new Byline("邝雨桐", "记者"));
	}

	@Test
	void textAndPicturesByTheSamePerson() {
		List<Byline> expected = List.of(new Byline("蒲晓川", "记者"), new Byline("蒲晓川", Byline.PHOTOGRAPHER));
		assertThat(standalone("文/图 本报记者 蒲晓川")).isEqualTo(expected);
		assertThat(standalone("本报记者 蒲晓川 文/图")).isEqualTo(expected);
		assertThat(standalone("文/本报记者 蒲晓川 图/桑远航")).containsExactly(new Byline("蒲晓川", "记者"),
				new Byline("桑远航", Byline.PHOTOGRAPHER));
	}

	@Test
	void theCommentatorIsAGenreNotAPerson() {
		BylineLines.Line line = BylineLines.standalone("本报评论员", WORDS);
		assertThat(line.commentator()).isTrue();
		assertThat(line.bylines()).isEmpty();
	}

	@Test
	void anAgencyBeforeTheRoleIsTheSource() {
		BylineLines.Line line = BylineLines.standalone("新华社记者 秦朗", WORDS);
		assertThat(line.agency()).isEqualTo("新华社");
		assertThat(line.bylines()).containsExactly(new Byline("秦朗", "记者"));
	}

	@Test
	void shortLinesThatAreNoByline() {
		assertThat(BylineLines.standalone("记者手记", WORDS)).isNull();
		assertThat(BylineLines.standalone("记者走基层", WORDS)).as("no surname").isNull();
		assertThat(BylineLines.standalone("春天的故事", WORDS)).isNull();
		assertThat(BylineLines.standalone("记者王明说。", WORDS)).as("a sentence").isNull();
		assertThat(BylineLines.standalone("通讯员培训班开班", WORDS)).isNull();
		assertThat(BylineLines.standalone("记者 王明\n5月6日，走进…", WORDS)).as("two lines").isNull();
	}

	@Test
	void aCreditClosingTheLastParagraph() {
		String paragraph = "共开展应急演练一百余场次。（本报记者 莫晴川）";
		BylineLines.Closing closing = BylineLines.closing(paragraph, WORDS);
		assertThat(closing.bylines()).containsExactly(new Byline("莫晴川", "记者"));
		assertThat(paragraph.substring(0, closing.start())).isEqualTo("共开展应急演练一百余场次。");
		assertThat(BylineLines.closing("（记者 桑远航 通讯员 靳若溪）", WORDS).bylines()).hasSize(2);
	}

	@Test
	void aSourceNoteClosingTheText() {
		BylineLines.Closing closing = BylineLines.closing("各地将举办招聘会。（来源：人民日报）", WORDS);
		assertThat(closing.source()).isEqualTo("人民日报");
		assertThat(closing.bylines()).isEmpty();
		assertThat(BylineLines.closing("详见附件。（来源：网络）", WORDS)).isNull();
	}

	@Test
	void bracketsThatCloseNoCredit() {
		assertThat(BylineLines.closing("志愿者发放了宣传资料（附后）。", WORDS)).isNull();
		assertThat(BylineLines.closing("发放了宣传资料（附后）", WORDS)).isNull();
		assertThat(BylineLines.closing("会议由记者站站长主持（记者注）", WORDS)).isNull();
		assertThat(BylineLines.closing("游客在游览。（本报记者 苗志远 摄）", WORDS)).as("a photo credit").isNull();
		assertThat(BylineLines.closing("他说的话（记者 王明）", WORDS)).as("mid-sentence").isNull();
	}

	private static List<Byline> standalone(String line) {
		BylineLines.Line found = BylineLines.standalone(line, WORDS);
		assertThat(found).as(line).isNotNull();
		return found.bylines();
	}

}
