package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Large inputs must parse in linear time. No timing assertions: a regression shows up as
 * a test run that does not finish.
 */
class BulletinParserStressTests {

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
	void aFileOfMoreArticlesThanAllowedIsRefusedAtTheFirstOneTooMany() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i <= MarkdownLimits.MAX_ARTICLES; i++) {
			text.append("# 第").append(i).append("条简讯\n\n正文。\n\n");
		}
		assertThatThrownBy(() -> new BulletinParser().parse(text.toString(), OPTIONS))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("稿件过多")
			.hasMessageContaining("20,000")
			.extracting((ex) -> ((BulletinFormatException) ex).line())
			.isEqualTo(4 * MarkdownLimits.MAX_ARTICLES + 1);
	}

	@Test
	void aFileOfMoreTextThanAllowedIsRefusedBeforeItIsParsed() {
		String article = "# 第%d篇\n\n" + ("扎实推进各项工作。".repeat(1_000) + "\n\n").repeat(9);
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.length() <= MarkdownLimits.MAX_TEXT; i++) {
			text.append(article.formatted(i));
		}
		assertThatThrownBy(() -> new BulletinParser().parse(text.toString(), OPTIONS))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("文字过多")
			.hasMessageContaining("5,000,000");
		text.setLength(MarkdownLimits.MAX_TEXT - 1);
		assertThat(new BulletinParser().parse(text.toString(), OPTIONS).items()).hasSizeGreaterThan(50);
	}

	@Test
	void aSubtitleIsNoLongerThanAHeadlineAndALongerOneStaysInTheBody() {
		String longLine = "副题文字".repeat(300);
		for (String subtitle : List.of("## " + longLine, "——" + longLine)) {
			String text = "# 标题\n\n" + subtitle + "\n\n本报讯（记者张明）3月1日上午，会议召开。\n";
			ParsedItem item = new BulletinParser().parse(text, OPTIONS).items().get(0);
			assertThat(item.subtitle()).as(subtitle.substring(0, 4)).isNull();
			assertThat(item.markdown()).contains(longLine);
		}
		String text = "# 标题\n\n## 短副题\n\n本报讯（记者张明）3月1日上午，会议召开。\n";
		assertThat(new BulletinParser().parse(text, OPTIONS).items().get(0).subtitle()).isEqualTo("短副题");
	}

	@Test
	void paragraphsAndArticlesAsLongAsAllowed() {
		String paragraph = "会议强调，要坚持问题导向，市长王建国，书记李明对此" + "扎实推进各项工作、".repeat(2_000);
		String names = "、王明、".repeat(MarkdownLimits.MAX_PARAGRAPH / 4 - 10) + "参加会议。";
		assertThat(paragraph.length()).isLessThan(MarkdownLimits.MAX_PARAGRAPH);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			text.append("# 第").append(i).append("篇\n\n本报讯（记者张明）3月1日上午，").append(paragraph).append("\n\n");
			text.append(paragraph).append("\n\n").append(paragraph).append("\n\n").append(names).append("\n\n");
		}
		ParsedBulletin bulletin = new BulletinParser().parse(text.toString(), OPTIONS);
		assertThat(bulletin.items()).hasSize(50);
		assertThat(bulletin.items().get(0).markdown().length()).isGreaterThan(70_000);
		assertThat(bulletin.items().get(0).summary().length()).isLessThanOrEqualTo(501);
	}

	@Test
	void aParagraphLongerThanAnyPageIsRefusedWithItsLine() {
		String text = "# 标题\n\n本报讯（记者张明）3月1日上午，" + "扎实推进各项工作、".repeat(400_000) + "\n\n下一段\n";
		assertThatThrownBy(() -> new BulletinParser().parse(text, OPTIONS)).isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("段落过长")
			.hasMessageContaining("20,000")
			.extracting((ex) -> ((BulletinFormatException) ex).line())
			.isEqualTo(3);
		String lines = "# 标题\n\n正文。\n\n" + "一行没有空行隔开的文字，\n".repeat(2_000);
		assertThatThrownBy(() -> new BulletinParser().parse(lines, OPTIONS)).isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("段落过长")
			.extracting((ex) -> ((BulletinFormatException) ex).line())
			.isEqualTo(5);
	}

	@Test
	void anArticleLongerThanTenPagesIsRefusedWithItsHeadlineLine() {
		String paragraph = "扎实推进各项工作、".repeat(2_000) + "\n\n";
		String within = "# 第一篇\n\n正文。\n\n" + paragraph.repeat(5);
		String over = "# 第二篇\n\n" + paragraph.repeat(6);
		assertThat(new BulletinParser().parse(within, OPTIONS).items()).hasSize(1);
		assertThatThrownBy(() -> new BulletinParser().parse(within + over, OPTIONS))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("稿件过长")
			.hasMessageContaining("100,000")
			.extracting((ex) -> ((BulletinFormatException) ex).line())
			.isEqualTo(15);
	}

	@Test
	void markdownNestedThousandsOfLevelsDeepIsRefusedWithItsLine() {
		String quotes = "# 标题\n\n正文。\n\n" + ">".repeat(5_000) + " 深\n";
		assertThatThrownBy(() -> new BulletinParser().parse(quotes, OPTIONS))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("引用嵌套过深")
			.extracting((ex) -> ((BulletinFormatException) ex).line())
			.isEqualTo(5);
		// A thousand levels: 5,000 would make 25 million characters, refused as too long
		// before its indentation is looked at
		StringBuilder list = new StringBuilder("# 标题\n\n");
		for (int i = 0; i < 1_000; i++) {
			list.append("  ".repeat(i)).append("- 条目\n");
		}
		assertThatThrownBy(() -> new BulletinParser().parse(list.toString(), OPTIONS))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("缩进过深");
		String emphasis = "# 标题\n\n" + "*".repeat(5_000) + "强调" + "*".repeat(5_000) + "\n";
		assertThatThrownBy(() -> new BulletinParser().parse(emphasis, OPTIONS))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("「*」过多");
	}

	@Test
	void nestingThatRealPagesUseIsFine() {
		String text = "# 标题\n\n> 引用\n>> 再引用\n\n- 一\n  - 二\n    - 三\n\n**加粗**与*强调*。\n";
		assertThat(new BulletinParser().parse(text, OPTIONS).items()).hasSize(1);
	}

}
