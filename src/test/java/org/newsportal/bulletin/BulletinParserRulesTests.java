package org.newsportal.bulletin;

import java.nio.charset.Charset;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** One fixture bulletin per parsing rule. */
class BulletinParserRulesTests {

	private static final LocalDate ISSUE = LocalDate.of(2025, 12, 31);

	private final BulletinParser parser = new BulletinParser();

	@Test
	void subtitleUnderTheHeadlineIsNotAnArticle() {
		ParsedBulletin bulletin = Fixtures.parse("subtitle.md", ISSUE);
		assertThat(bulletin.items()).hasSize(1);
		ParsedItem item = bulletin.items().get(0);
		assertThat(item.title()).isEqualTo("青石镇百亩荷塘迎来采摘季");
		assertThat(item.subtitle()).isEqualTo("荷农日均增收三百元");
		assertThat(item.markdown()).startsWith("本报讯").contains("\n\n### 销路\n\n").doesNotContain("荷农日均增收");
		assertThat(item.date()).isEqualTo(LocalDate.of(2025, 7, 16));
	}

	@Test
	void frontMatterGivesTheIssueDate() {
		ParsedBulletin bulletin = Fixtures.parse("front-matter.md", null);
		assertThat(bulletin.frontMatter()).isEqualTo(new FrontMatter("清河日报 第 4 版", LocalDate.of(2023, 6, 2), "清河日报"));
		assertThat(bulletin.issueDate()).isEqualTo(LocalDate.of(2023, 6, 2));
		ParsedItem item = bulletin.items().get(0);
		assertThat(item.line()).isEqualTo(7);
		assertThat(item.date()).isEqualTo(LocalDate.of(2023, 6, 1));
		assertThat(item.people()).containsExactly(new PersonMention("韩立新", "县防汛抗旱指挥部办公室主任", false));
	}

	@Test
	void optionsIssueDateWinsOverFrontMatter() {
		ParsedBulletin bulletin = Fixtures.parse("front-matter.md", LocalDate.of(2024, 6, 3));
		assertThat(bulletin.issueDate()).isEqualTo(LocalDate.of(2024, 6, 3));
		assertThat(bulletin.items().get(0).date()).isEqualTo(LocalDate.of(2024, 6, 1));
	}

	@Test
	void badFrontMatterDateNamesTheLine() {
		String text = "---\ntitle: 测试\ndate: 2024-02-30\n---\n\n# 标题\n\n正文。\n";
		assertThatThrownBy(() -> this.parser.parse(text, options(null))).isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("第3行")
			.extracting((ex) -> ((BulletinFormatException) ex).line())
			.isEqualTo(3);
		assertThatThrownBy(() -> this.parser.parse("---\ndate: 下周一\n---\n# 标题\n", options(null)))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("第2行");
	}

	@Test
	void asciiParenthesesAndSpacesInTheByline() {
		ParsedItem item = Fixtures.parse("ascii-parens.md", ISSUE).items().get(0);
		assertThat(item.bylines()).containsExactly(new Byline("周雨萱", "记者"));
		assertThat(item.date()).isEqualTo(LocalDate.of(2025, 4, 3));
		assertThat(item.dayPart()).isEqualTo("下午");
		assertThat(item.summary()).isEqualTo("4月3日下午,南湖街道举办老年人智能手机培训班,四十余名老人参加。");
	}

	@Test
	void aNameWithoutARoleIsTheAuthor() {
		ParsedItem item = this.parser.parse("# 评论\n\n本报讯（王晓丽）5月2日上午，社区举办读书会。\n", options(LocalDate.of(2024, 5, 3)))
			.items()
			.get(0);
		assertThat(item.bylines()).containsExactly(new Byline("王晓丽", Byline.AUTHOR));
	}

	@Test
	void explicitYearWins() {
		ParsedItem item = Fixtures.parse("explicit-year.md", LocalDate.of(2026, 1, 2)).items().get(0);
		assertThat(item.date()).isEqualTo(LocalDate.of(2023, 12, 30));
		assertThat(item.dayPart()).isEqualTo("晚上");
		assertThat(item.summary()).startsWith("2023年12月30日晚上，");
	}

	@Test
	void decemberDatelineInAJanuaryIssueIsLastYear() {
		ParsedBulletin bulletin = Fixtures.parse("year-boundary.md", LocalDate.of(2026, 1, 4));
		assertThat(bulletin.items()).extracting(ParsedItem::date)
			.containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 3));
		assertThat(bulletin.findings()).isEmpty();
	}

	@Test
	void withoutAnyYearTheImportDaySetsTheYearAndTheReportSaysSoWithTheLine() {
		ParsedBulletin bulletin = this.parser.parse(Fixtures.text("year-boundary.md"),
				new ParseOptions(null, LocalDate.of(2026, 1, 10)));
		// 12月29日 would be after the import day this year, so it is last year
		assertThat(bulletin.items()).extracting(ParsedItem::date)
			.containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 3));
		assertThat(bulletin.findings()).extracting(Finding::line, Finding::message)
			.containsExactly(tuple(3,
					"第3行：日期「12月29日」没有年份，本版没有出版日期，全文也没有提到年份，已按导入日暂定为 2025 年；请在文件头写上出版日期（date: YYYY-MM-DD）或导入时填写出版日期，再重新导入"),
					tuple(7, "第7行：日期「1月3日」没有年份，本版没有出版日期，全文也没有提到年份，已按导入日暂定为 2026 年；请在文件头写上出版日期（date: YYYY-MM-DD）或导入时填写出版日期，再重新导入"));
	}

	@Test
	void yearsNamedInTheTextNeverExceedToday() {
		String text = "# 标题\n\n本报讯（记者于洋）5月6日上午，会议回顾2021年工作，部署二〇二二年度任务，展望2035年远景目标。\n";
		ParsedItem item = this.parser.parse(text, new ParseOptions(null, LocalDate.of(2022, 8, 1))).items().get(0);
		assertThat(item.date()).isEqualTo(LocalDate.of(2022, 5, 6));
	}

	@Test
	void invalidDateFallsBackToTheIssueDate() {
		String text = "# 标题\n\n本报讯（记者于洋）2月30日上午，某社区举行活动。\n";
		ParsedBulletin bulletin = this.parser.parse(text, options(LocalDate.of(2025, 3, 2)));
		ParsedItem item = bulletin.items().get(0);
		assertThat(item.date()).isEqualTo(LocalDate.of(2025, 3, 2));
		assertThat(item.dated()).isFalse();
		assertThat(bulletin.findings()).extracting(Finding::line, Finding::message)
			.containsExactly(tuple(3, "第3行：日期「2月30日」无效，已改用刊期日期"));
	}

	@Test
	void articlesWithoutDatelineAreKeptAndUndated() {
		ParsedBulletin bulletin = Fixtures.parse("no-dateline.md", LocalDate.of(2025, 9, 3));
		ParsedItem comment = bulletin.items().get(0);
		assertThat(comment.title()).isEqualTo("让老街的烟火气更浓一些");
		assertThat(comment.dated()).isFalse();
		assertThat(comment.date()).isEqualTo(LocalDate.of(2025, 9, 3));
		assertThat(comment.bylines()).isEmpty();
		assertThat(comment.summary()).isEqualTo("老街改造不能只顾“面子”，更要顾及“里子”。");
		assertThat(bulletin.items().get(1).dated()).isTrue();
	}

	@Test
	void undatedArticleWithoutIssueDateTakesTheLatestItemDateAndSaysSo() {
		String text = Fixtures.text("no-dateline.md").replace("9月2日上午", "2025年9月2日上午");
		ParsedBulletin bulletin = this.parser.parse(text, new ParseOptions(null, LocalDate.of(2025, 12, 1)));
		assertThat(bulletin.items().get(0).date()).isEqualTo(LocalDate.of(2025, 9, 2));
		assertThat(bulletin.items().get(0).dated()).isFalse();
		assertThat(bulletin.findings()).extracting(Finding::line, Finding::message)
			.contains(tuple(1, "第1行：稿件「让老街的烟火气更浓一些」没有日期，本版也没有出版日期，已按本版最近的稿件日期 2025-09-02 标注"));
	}

	@Test
	void anItemWithNothingToDateItByIsDatedByTheImportDayAndReportedWithItsLine() {
		ParsedBulletin bulletin = this.parser.parse("# 评论\n\n做好小事，才能成就大事。\n", options(null));
		ParsedItem item = bulletin.items().get(0);
		assertThat(item.date()).isEqualTo(Fixtures.TODAY);
		assertThat(item.dated()).isFalse();
		assertThat(bulletin.findings()).extracting(Finding::line, Finding::message)
			.containsExactly(tuple(1, "第1行：稿件「评论」没有日期，本版也没有出版日期，已按导入日 " + Fixtures.TODAY
					+ " 暂定；请在文件头写上出版日期（date: YYYY-MM-DD）或导入时填写出版日期，再重新导入"));
		// the same page with an issue date is dated by the issue, and nothing is reported
		ParsedBulletin issued = this.parser.parse("# 评论\n\n做好小事，才能成就大事。\n", options(LocalDate.of(2025, 4, 1)));
		assertThat(issued.items().get(0).date()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(issued.findings()).isEmpty();
	}

	@Test
	void photoAtTheEndIsItsOwnItem() {
		ParsedBulletin bulletin = Fixtures.parse("photo-at-end.md", ISSUE);
		assertThat(bulletin.items()).extracting(ParsedItem::kind).containsExactly(ItemKind.ARTICLE, ItemKind.PHOTO);
		ParsedItem article = bulletin.items().get(0);
		assertThat(article.markdown()).endsWith("今年葡萄亩产比去年提高一成。");
		assertThat(article.people()).containsExactly(new PersonMention("冯长河", "村党支部书记", false));
		ParsedItem photo = bulletin.items().get(1);
		assertThat(photo.title()).isEqualTo("果农在西坡村葡萄园里采摘葡萄");
		assertThat(photo.date()).isEqualTo(LocalDate.of(2025, 8, 21));
		assertThat(photo.dayPart()).isEqualTo("清晨");
		assertThat(photo.photoCredit()).isEqualTo("（本报记者 魏春生 摄）");
		assertThat(photo.bylines()).containsExactly(new Byline("魏春生", Byline.PHOTOGRAPHER));
		assertThat(photo.markdown()).isEqualTo("8月21日清晨，果农在西坡村葡萄园里采摘葡萄，一筐筐新鲜的葡萄即将运往省城超市。");
		assertThat(photo.line()).isEqualTo(7);
		assertThat(photo.position()).isEqualTo(1);
	}

	@Test
	void bulletinOfOnlyPhotosNeedsNoHeadline() {
		ParsedBulletin bulletin = Fixtures.parse("only-photos.md", LocalDate.of(2025, 5, 3));
		assertThat(bulletin.items()).extracting(ParsedItem::kind, ParsedItem::title, ParsedItem::photoCredit)
			.containsExactly(tuple(ItemKind.PHOTO, "游客在河滨公园赏花游玩", "本报记者 龚明亮 摄"),
					tuple(ItemKind.PHOTO, "市民在体育中心参加全民健身长跑活动", "（记者 孔令辉 摄）"));
		assertThat(bulletin.items().get(1).bylines()).containsExactly(new Byline("孔令辉", Byline.PHOTOGRAPHER));
	}

	@Test
	void longPhotoTitleIsCutOnPunctuation() {
		String caption = "6月1日，孩子们在新落成的城南儿童公园里玩耍嬉戏、荡秋千、滑滑梯、攀爬绳网、在沙池里堆城堡和挖隧道直到傍晚时分才依依不舍地离开。张明 摄";
		ParsedItem photo = this.parser.parse(caption, options(LocalDate.of(2025, 6, 2))).items().get(0);
		assertThat(photo.title()).isEqualTo("孩子们在新落成的城南儿童公园里玩耍嬉戏、荡秋千、滑滑梯、攀爬绳网");
		assertThat(photo.title().length()).isLessThanOrEqualTo(40);
	}

	@Test
	void proseEndingInTheCharacterForPhotoIsNotACredit() {
		String text = "# 标题\n\n本报讯（记者于洋）5月6日上午，摄影爱好者走进乡村。\n\n大家纷纷举起相机拍摄\n\n美丽的田园风光。\n";
		ParsedBulletin bulletin = this.parser.parse(text, options(ISSUE));
		assertThat(bulletin.items()).extracting(ParsedItem::kind).containsExactly(ItemKind.ARTICLE);
		assertThat(bulletin.items().get(0).markdown()).contains("大家纷纷举起相机拍摄美丽的田园风光。");
	}

	@Test
	void tablesStayMarkdownTables() {
		ParsedItem item = Fixtures.parse("table.md", ISSUE).items().get(0);
		assertThat(item.markdown()).contains("| 指标 | 数值 | 同比 |\n| --- | --- | --- |\n| 地区生产总值 | 128.6亿元 | 5.2% |\n")
			.endsWith("| 社会消费品零售总额 | 46.3亿元 | 6.8% |\n\n各项指标总体平稳，稳中有进。");
	}

	@Test
	void hostileHtmlIsKeptVerbatim() {
		ParsedBulletin bulletin = Fixtures.parse("hostile-html.md", ISSUE);
		ParsedItem item = bulletin.items().get(0);
		assertThat(item.markdown()).contains("\n\n<script>alert('x')</script>\n\n")
			.contains("<img src=x onerror=\"alert(1)\">读者可<a href=\"javascript:alert(2)\">在线预约</a>座位。")
			.endsWith("[点我](javascript:alert(3)) 读者反映夜间阅读环境安静舒适。");
		assertThat(bulletin.repairs()).isEmpty();
	}

	@Test
	void crlfFileParsesLikeLf() {
		ParsedBulletin bulletin = this.parser.parse(new String(Fixtures.bytes("crlf.md"), Charset.forName("UTF-8")),
				options(ISSUE));
		ParsedItem item = bulletin.items().get(0);
		assertThat(item.title()).isEqualTo("东湖社区开展消防演练");
		assertThat(item.markdown()).doesNotContain("\r").endsWith("社区主任侯佳怡讲解了火灾逃生要点。");
		assertThat(bulletin.repairs()).containsExactly(new Repair(7, "东湖社区开展消防演练", "社区主任", "侯佳怡讲解了"));
		assertThat(item.people()).containsExactly(new PersonMention("侯佳怡", "社区主任", false));
	}

	@Test
	void bomFileParses() {
		ParsedBulletin bulletin = this.parser.parse(new String(Fixtures.bytes("bom.md"), Charset.forName("UTF-8")),
				options(ISSUE));
		assertThat(bulletin.items()).extracting(ParsedItem::title).containsExactly("白沙乡开展义诊进村活动");
	}

	@Test
	void gb18030FixtureParses() {
		ParsedBulletin bulletin = Fixtures.parse("gb18030.txt", ISSUE);
		ParsedItem item = bulletin.items().get(0);
		assertThat(item.bylines()).containsExactly(new Byline("邵晨阳", "记者"));
		assertThat(item.people()).containsExactly(new PersonMention("汤建军", "镇领导", true),
				new PersonMention("薛玉兰", "镇领导", true));
	}

	@Test
	void emptyOrWhitespaceIsRefused() {
		assertThatThrownBy(() -> this.parser.parse("", options(null))).hasMessage("文件为空");
		assertThatThrownBy(() -> this.parser.parse(" \n\u3000\n", options(null)))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessage("文件为空");
	}

	@Test
	void noHeadlineIsRefused() {
		assertThatThrownBy(() -> Fixtures.parse("no-headline.md", ISSUE)).isInstanceOf(BulletinFormatException.class)
			.hasMessage("没有找到标题：每篇文章需以「# 标题」开头")
			.extracting((ex) -> ((BulletinFormatException) ex).line())
			.isEqualTo(0);
	}

	@Test
	void hugeHeadlineIsRefusedWithItsLine() {
		String text = "# 正常标题\n\n正文。\n\n# " + "长".repeat(2_000_000) + "\n\n正文。\n";
		assertThatThrownBy(() -> this.parser.parse(text, options(ISSUE))).isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("第5行")
			.hasMessageContaining("标题过长")
			.extracting((ex) -> ((BulletinFormatException) ex).line())
			.isEqualTo(5);
		String limit = "# " + "长".repeat(500) + "\n\n正文。\n";
		assertThat(this.parser.parse(limit, options(ISSUE)).items()).hasSize(1);
	}

	@Test
	void severalNamesPerRole() {
		ParsedItem item = Fixtures.parse("several-names.md", ISSUE).items().get(0);
		assertThat(item.bylines()).containsExactly(new Byline("韩雪", "记者"), new Byline("蒋文涛", "记者"),
				new Byline("杜一鸣", "通讯员"), new Byline("罗佳", "通讯员"), new Byline("田野", "见习记者"));
		assertThat(item.people()).containsExactly(new PersonMention("邓国平", "市水利局副局长", true),
				new PersonMention("许文斌", "县领导", true), new PersonMention("石海燕", "县领导", true),
				new PersonMention("梁志刚", "县领导", true));
	}

	@Test
	void bureauDatelines() {
		ParsedBulletin bulletin = Fixtures.parse("bureau.md", ISSUE);
		assertThat(bulletin.items()).extracting(ParsedItem::date, ParsedItem::dayPart)
			.containsExactly(tuple(LocalDate.of(2025, 9, 5), "下午"), tuple(LocalDate.of(2025, 9, 6), "上午"));
		assertThat(bulletin.items().get(0).bylines()).containsExactly(new Byline("谢婉清", "特约记者"));
		assertThat(bulletin.items().get(0).summary()).startsWith("9月5日下午，我市十二家企业");
		// 本报广州电 with the byline printed without parentheses
		assertThat(bulletin.items().get(1).bylines()).containsExactly(new Byline("邱明辉", "记者"));
		assertThat(bulletin.items().get(1).summary()).isEqualTo("9月6日上午，本市客商代表团在广州举行投资合作洽谈会。");
	}

	@Test
	void cutParagraphsAreRejoinedAndReported() {
		ParsedBulletin bulletin = Fixtures.parse("broken.md", ISSUE);
		ParsedItem item = bulletin.items().get(0);
		assertThat(item.markdown()).contains("要求各村对照清单逐项整改，确保月底前完成垃圾清运、河道清淤和厕所改造任务。");
		assertThat(bulletin.repairs()).extracting(Repair::line, Repair::tail, Repair::head)
			.containsExactly(tuple(5, "照清单逐项整", "改，确保月底"), tuple(7, "清运、河道清", "淤和厕所改造"), tuple(17, "covers", "200 ho"));
		assertThat(bulletin.repairs().get(2).itemTitle()).isEqualTo("English Words Across A Cut");
		assertThat(bulletin.items().get(1).markdown()).contains("the pilot project covers 200 households");
		// the closing line is not glued on; the unfinished paragraph is reported instead
		assertThat(item.markdown()).endsWith("整改一处，\n\n镇领导段明远、彭雅琴出席会议。");
		assertThat(bulletin.findings()).extracting(Finding::message).contains("第9行：段落似乎在句中结束「…、整改一处，」");
		assertThat(item.people()).containsExactly(new PersonMention("段明远", "镇领导", true),
				new PersonMention("彭雅琴", "镇领导", true));
	}

	@Test
	void aParagraphEndingInAColonIsNotCut() {
		String text = "# 标题\n\n本报讯（记者于洋）5月6日上午，会议提出三点要求：\n\n一是压实责任。\n";
		ParsedBulletin bulletin = this.parser.parse(text, options(ISSUE));
		assertThat(bulletin.repairs()).isEmpty();
		assertThat(bulletin.findings()).isEmpty();
	}

	@Test
	void listsAndQuotesAreNotJoined() {
		String text = "# 标题\n\n本报讯（记者于洋）5月6日上午，会议明确了以下任务\n\n- 压实责任\n- 强化督导\n\n> 引用的话\n";
		ParsedBulletin bulletin = this.parser.parse(text, options(ISSUE));
		assertThat(bulletin.repairs()).isEmpty();
		assertThat(bulletin.findings()).extracting(Finding::line).containsExactly(3);
	}

	@Test
	void peopleWithTitlesAndLists() {
		ParsedItem item = Fixtures.parse("people.md", ISSUE).items().get(0);
		assertThat(item.people()).containsExactly(new PersonMention("蔡建中", "市长", true),
				new PersonMention("欧阳立群", "科技学院党委书记、院长", true), new PersonMention("覃学文", "市委常委、秘书长", false),
				new PersonMention("熊丽", "副市长", false), new PersonMention("梁晓东", "科技学院副院长", true),
				new PersonMention("卢振华", "市科技局局长", true));
	}

	@Test
	void placeNamesInAPeopleListAreDroppedAndReported() {
		String text = "# 标题\n\n本报讯（记者于洋）5月6日上午，全市文明城市创建推进会召开。\n\n市领导罗志勇、高新区参加会议。\n";
		ParsedBulletin bulletin = this.parser.parse(text, options(ISSUE));
		assertThat(bulletin.items().get(0).people()).extracting(PersonMention::name).doesNotContain("高新区");
		assertThat(bulletin.findings()).extracting(Finding::message)
			.anyMatch((m) -> m.contains("未识别为人名：高新区（以地名或机构用字结尾）"));
	}

	@Test
	void textBeforeTheFirstHeadlineIsReported() {
		String text = "版面说明：本版稿件由编辑部统一整理发布\n\n# 标题\n\n本报讯（记者于洋）5月6日上午，某地召开会议。\n";
		ParsedBulletin bulletin = this.parser.parse(text, options(ISSUE));
		assertThat(bulletin.items()).hasSize(1);
		assertThat(bulletin.findings()).extracting(Finding::line, Finding::message)
			.containsExactly(tuple(1, "第1行：第一个标题之前的文字未归入任何稿件：「版面说明：本版稿件由编辑部统一整理发布」"));
	}

	@Test
	void headingsInsideCodeFencesAreNotHeadlines() {
		String text = "# 标题\n\n本报讯（记者于洋）5月6日上午，某地召开会议。\n\n```\n# 不是标题\n\n代码\n```\n";
		ParsedBulletin bulletin = this.parser.parse(text, options(ISSUE));
		assertThat(bulletin.items()).hasSize(1);
		assertThat(bulletin.items().get(0).markdown()).endsWith("```\n# 不是标题\n\n代码\n```");
	}

	@Test
	void parserIsStatelessAcrossCalls() {
		ParsedBulletin first = Fixtures.parse("broken.md", ISSUE);
		ParsedBulletin second = Fixtures.parse("broken.md", ISSUE);
		assertThat(second).isEqualTo(first);
	}

	private static ParseOptions options(LocalDate issueDate) {
		return new ParseOptions(issueDate, Fixtures.TODAY);
	}

}
