package org.newsportal.bulletin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large inputs must parse in linear time. No timing assertions: a regression shows up as
 * a test run that does not finish.
 */
class BulletinParserStressTest {

	private static final ParseOptions OPTIONS = new ParseOptions(LocalDate.of(2025, 3, 12), LocalDate.of(2026, 1, 10));

	@Test
	void twentyThousandSmallArticles() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			text.append("# 第").append(i).append("篇稿件\n\n");
			text.append("本报讯（记者张明 通讯员李华）3月").append(1 + i % 28).append("日上午，某镇召开第").append(i).append("次工作会议，部署");
			text.append("\n\n近期重点工作。镇党委书记王建国主持会议。\n\n镇领导赵文、刘芳参加会议。\n\n");
		}
		ParsedBulletin bulletin = new BulletinParser().parse(text.toString(), OPTIONS);
		assertThat(bulletin.items()).hasSize(20_000);
		assertThat(bulletin.repairs()).hasSize(20_000);
	}

	@Test
	void fiveMegabyteParagraph() {
		String paragraph = "会议强调，要坚持问题导向，市长王建国，书记李明对此" + "扎实推进各项工作、".repeat(600_000);
		String text = "# 标题\n\n本报讯（记者张明）3月1日上午，" + paragraph + "\n\n下一段\n";
		ParsedBulletin bulletin = new BulletinParser().parse(text, OPTIONS);
		assertThat(bulletin.items()).hasSize(1);
		assertThat(bulletin.items().get(0).markdown().length()).isGreaterThan(5_000_000);
		assertThat(bulletin.items().get(0).summary().length()).isLessThanOrEqualTo(501);
	}

	@Test
	void fiveMegabytesOfPunctuationAndNamesWithoutHeadline() {
		String text = "# 标题\n\n" + "、王明、".repeat(1_300_000) + "参加会议。\n";
		ParsedBulletin bulletin = new BulletinParser().parse(text, OPTIONS);
		assertThat(bulletin.items()).hasSize(1);
	}

}
