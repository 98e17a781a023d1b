package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Pages written the way other Chinese papers write them ({@code bulletins/styles}), with
 * invented names, places and dates: what each rule takes, and what only looks like it.
 */
class HouseStylesTests {

	private final BulletinParser parser = new BulletinParser();

	@Test
	void agencyAndBureauDatelinesGiveTheSource() {
		ParsedBulletin bulletin = styles("wire-datelines.md", null);
		assertThat(bulletin.items()).extracting(ParsedItem::source)
			.containsExactly(new ItemSource("新华社", "北京"), new ItemSource("中新社", "杭州"), new ItemSource(null, "郑州"),
					new ItemSource("人民网", "福州"), new ItemSource("中新网", "广州"), new ItemSource("新华社", "武汉"),
					new ItemSource(null, "上海"), null);
		assertThat(bulletin.items().get(0).source().label()).isEqualTo("新华社北京电");
		assertThat(bulletin.items().get(2).source().label()).isEqualTo("本报郑州讯");
		// 6日电 takes its month from the issue date (the front matter's 2024-05-07)
		assertThat(bulletin.items().get(4).date()).isEqualTo(LocalDate.of(2024, 5, 6));
		assertThat(bulletin.items().get(4).bylines()).extracting(Byline::name).containsExactly("戚雨航", "殷晓溪");
		assertThat(bulletin.items())
			.allSatisfy((item) -> assertThat(item.summary()).doesNotStartWith("记者 ").doesNotContain("（记者"));
	}

	@Test
	void theReportingVerbAndItsColonAreNoPartOfTheLead() {
		ParsedBulletin bulletin = styles("reported-colon.md", LocalDate.of(2024, 5, 8));
		assertThat(bulletin.items()).extracting(ParsedItem::summary)
			.allSatisfy((summary) -> assertThat(summary).doesNotContain("报道：").doesNotStartWith("记者 "));
		assertThat(bulletin.items().get(0).bylines()).containsExactly(new Byline("柴明哲", "记者"));
		assertThat(bulletin.items().get(5).bylines()).extracting(Byline::role).containsExactly("记者", "通讯员");
		assertThat(bulletin.items().get(5).date()).isEqualTo(LocalDate.of(2024, 5, 6));
	}

	@Test
	void aBylineLineIsCreditedAndNeverJoinedToTheText() {
		ParsedBulletin bulletin = styles("byline-lines.md", null);
		ParsedItem tea = bulletin.items().get(0);
		assertThat(tea.bylines()).containsExactly(new Byline("卓立言", "记者"), new Byline("苗志远", "通讯员"));
		assertThat(tea.markdown()).startsWith("5月6日，走进云岭镇").doesNotContain("本报记者");
		assertThat(tea.date()).isEqualTo(LocalDate.of(2024, 5, 6));
		assertThat(tea.dated()).isTrue();
		// the only repair on the page is the real cut in the tea article
		assertThat(bulletin.repairs()).extracting(Repair::line).containsExactly(15);
		assertThat(bulletin.items().get(5).bylines()).extracting(Byline::role).containsExactly("记者", "实习生");
	}

	@Test
	void aShortLineThatIsNoBylineIsKeptReportedAndNotJoined() {
		ParsedBulletin bulletin = styles("byline-lines.md", null);
		ParsedItem canteen = item(bulletin, "社区食堂开进老街");
		assertThat(canteen.markdown()).startsWith("春天的故事\n\n5月2日中午");
		assertThat(canteen.bylines()).isEmpty();
		assertThat(canteen.summary()).startsWith("5月2日中午");
		ParsedItem postman = item(bulletin, "山村邮递员");
		assertThat(postman.bylines()).as("a surname the parser does not know").isEmpty();
		assertThat(postman.markdown()).startsWith("记者 买晓东\n\n");
		assertThat(bulletin.findings()).extracting(Finding::message)
			.contains("第39行：标题下的短行「春天的故事」未能识别为署名或导语，已原样保留，未与下一段接合", "第52行：标题下的短行「记者 买晓东」未能识别为署名或导语，已原样保留，未与下一段接合");
	}

	@Test
	void aClosingBylineIsCreditedAndTakenOutOfTheText() {
		ParsedBulletin bulletin = styles("closing-bylines.md", null);
		assertThat(bulletin.items()).extracting(ParsedItem::bylines)
			.containsExactly(List.of(new Byline("莫晴川", "记者")),
					List.of(new Byline("桑远航", "记者"), new Byline("靳若溪", "通讯员")),
					List.of(new Byline("甘秋实", "记者"), new Byline("鲁一然", "实习生")), List.of(),
					List.of(new Byline("柴明哲", "记者")));
		assertThat(bulletin.items().get(0).markdown()).endsWith("开展应急演练一百余场次。");
		assertThat(bulletin.items().get(2).markdown()).endsWith("三千二百余名学员报名。");
		assertThat(bulletin.items().get(3).markdown()).as("（附后） is no credit").endsWith("宣传资料（附后）。");
		assertThat(bulletin.findings()).as("no paragraph ends mid-sentence").isEmpty();
	}

	@Test
	void datesInOtherForms() {
		ParsedBulletin bulletin = styles("dates.md", null);
		assertThat(bulletin.items()).extracting(ParsedItem::date, ParsedItem::dated)
			.containsExactly(tuple(LocalDate.of(2024, 5, 6), true), tuple(LocalDate.of(2024, 5, 4), true),
					tuple(LocalDate.of(2023, 12, 28), true), tuple(LocalDate.of(2024, 5, 4), true),
					tuple(LocalDate.of(2024, 5, 4), true), tuple(LocalDate.of(2024, 5, 4), true),
					tuple(LocalDate.of(2024, 5, 8), false), tuple(LocalDate.of(2024, 5, 8), false),
					tuple(LocalDate.of(2024, 5, 7), true), tuple(LocalDate.of(2024, 5, 8), false),
					tuple(LocalDate.of(2024, 5, 8), false));
		assertThat(bulletin.findings()).extracting(Finding::line, Finding::message)
			.containsExactly(tuple(30, "第30行：稿件「乡村医生培训班结业」只写了「日前」，没有具体日期，已按出版日期 2024-05-08 标注"),
					tuple(34, "第34行：稿件「城北社区开展义诊」只写了「前不久」，没有具体日期，已按出版日期 2024-05-08 标注"));
	}

	@Test
	void aDayAloneLaterThanTheIssueDayIsInTheMonthBefore() {
		String text = "# 标题\n\n本报讯（记者 柏青）28日上午，某地召开会议。\n";
		assertThat(this.parser.parse(text, options(LocalDate.of(2024, 3, 2))).items().get(0).date())
			.isEqualTo(LocalDate.of(2024, 2, 28));
	}

	@Test
	void photoCreditsInEveryForm() {
		ParsedBulletin bulletin = styles("photos.md", null);
		assertThat(bulletin.items()).extracting(ParsedItem::kind, ParsedItem::photoCredit)
			.containsExactly(tuple(ItemKind.PHOTO, "（本报记者 苗志远 摄）"), tuple(ItemKind.PHOTO, "卓立言 摄"),
					tuple(ItemKind.PHOTO, "图/甘秋实"), tuple(ItemKind.PHOTO, "本报记者 靳若溪 摄影"),
					tuple(ItemKind.ARTICLE, "（本报记者 柴明哲 摄）"), tuple(ItemKind.PHOTO, "（通讯员 苗志远 摄）"),
					tuple(ItemKind.ARTICLE, null));
		ParsedItem park = bulletin.items().get(4);
		// the 图为 caption stays in its article, between two paragraphs it is not joined to
		assertThat(park.markdown().split("\n\n")).hasSize(3);
		assertThat(park.bylines()).containsExactly(new Byline("柴明哲", "记者"), new Byline("柴明哲", Byline.PHOTOGRAPHER));
		assertThat(bulletin.items().get(5).title()).isEqualTo("樱桃熟了");
		assertThat(bulletin.items().get(5).date()).isEqualTo(LocalDate.of(2024, 5, 4));
	}

	@Test
	void pageFurnitureIsThePagesStaffWhereverItIsPrinted() {
		ParsedBulletin bulletin = styles("furniture.md", LocalDate.of(2024, 5, 7));
		assertThat(bulletin.staff()).extracting(PageStaff::role, PageStaff::name, PageStaff::line)
			.containsExactly(tuple("本版编辑", "邝雨桐", 1), tuple("美编", "卓立言", 1), tuple("校对", "甘秋实", 1),
					tuple("责任编辑", "苗志远", 13), tuple("版式设计", "桑远航", 18));
		assertThat(bulletin.items()).extracting(ParsedItem::markdown)
			.allSatisfy((markdown) -> assertThat(markdown).doesNotContain("本版编辑", "责任编辑", "版式设计"));
		assertThat(bulletin.items().get(2).markdown()).as("on the last line of a paragraph")
			.startsWith("本报讯（记者 甘秋实）")
			.endsWith("校对工作要一丝不苟");
		assertThat(bulletin.items().get(1).people()).containsExactly(new PersonMention("莫晴川", "编辑部主任", false));
		assertThat(bulletin.findings()).extracting(Finding::message)
			.noneMatch((message) -> message.contains("未归入任何稿件"))
			.containsExactly("第20行：段落似乎在句中结束「…作要一丝不苟」");
	}

	@Test
	void kickerSubtitleGenreAndEditorsNote() {
		ParsedBulletin bulletin = styles("apparatus.md", null);
		assertThat(bulletin.items()).extracting(ParsedItem::kicker, ParsedItem::subtitle, ParsedItem::genre)
			.containsExactly(tuple("聚焦“五一”假期消费", "全市接待游客一百二十万人次", null), tuple("短评", null, "短评"),
					tuple(null, "记青崖县河长甘守仁", null), tuple(null, null, "评论员文章"), tuple(null, null, null),
					tuple(null, null, null), tuple(null, null, "时评"), tuple(null, null, null));
		ParsedItem note = bulletin.items().get(4);
		assertThat(note.editorsNote()).startsWith("本报自今年三月起");
		assertThat(note.markdown()).as("the note stays as printed").startsWith("编者按：");
		assertThat(note.summary()).startsWith("5月3日，记者走访");
		assertThat(note.bylines()).containsExactly(new Byline("靳若溪", "记者"));
		assertThat(bulletin.items().get(5).editorsNote()).startsWith("夜校正在成为");
		assertThat(bulletin.items().get(5).date()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(bulletin.repairs()).isEmpty();
		assertThat(bulletin.findings()).isEmpty();
	}

	@Test
	void aHeadingInsideAnArticleIsNoKicker() {
		ParsedBulletin bulletin = Fixtures.parse("subtitle.md", LocalDate.of(2025, 12, 31));
		assertThat(bulletin.items()).singleElement().extracting(ParsedItem::kicker).isNull();
	}

	@Test
	void peoplePresentInOtherWordings() {
		ParsedBulletin bulletin = styles("people.md", null);
		assertThat(bulletin.items()).extracting(ParsedHelpers::present)
			.containsExactly(List.of("鲍正清", "詹晓梅"), List.of("冉志刚", "郜文澜", "栾海平"), List.of("裴晓红", "祝文斌"),
					List.of("卫长庚", "郝书琴", "房立新"), List.of(), List.of());
		assertThat(bulletin.items().get(1).people()).contains(new PersonMention("冉志刚", "县领导", true));
		assertThat(bulletin.items().get(3).people()).contains(new PersonMention("郝书琴", "市领导", true));
		assertThat(bulletin.findings()).as("县领导甲、乙出席 needs no full stop").isEmpty();
	}

	@Test
	void rolesInAnyOrderSeveralOfEach() {
		ParsedBulletin bulletin = styles("roles.md", null);
		assertThat(bulletin.items().get(0).bylines()).containsExactly(new Byline("苗志远", "通讯员"),
				new Byline("尤嘉树", "记者"));
		assertThat(bulletin.items().get(3).bylines()).extracting(Byline::role)
			.containsExactly("记者", "记者", "通讯员", "通讯员", "实习生");
	}

	@Test
	void aPaperAddsItsOwnRolesAndAgencies() {
		String text = "# 标题\n\n北国网长春5月6日电 5月6日，长春举行活动。\n\n# 第二篇\n\n■ 融媒中心记者 柏青\n\n5月5日，某地举行活动。\n";
		ParsedBulletin plain = this.parser.parse(text, options(LocalDate.of(2024, 5, 7)));
		// without a credit after it, an outlet the vocabulary does not know is no
		// dateline
		assertThat(plain.items().get(0).source()).isNull();
		// the newsroom before a role the vocabulary knows is taken as 本报 is
		assertThat(plain.items().get(1).bylines()).containsExactly(new Byline("柏青", "记者"));
		Vocabulary paper = Vocabulary.withExtra(List.of("融媒中心记者"), List.of("北国网"), List.of());
		ParsedBulletin own = this.parser.parse(text, new ParseOptions(LocalDate.of(2024, 5, 7), Fixtures.TODAY, paper));
		assertThat(own.items().get(0).source()).isEqualTo(new ItemSource("北国网", "长春"));
		assertThat(own.items().get(1).bylines()).containsExactly(new Byline("柏青", "融媒中心记者"));
	}

	@Test
	void theSeedReadsAsBefore() {
		ParsedBulletin seed = this.parser.parse(Fixtures.seed(), new ParseOptions(null, Fixtures.TODAY));
		assertThat(seed.items()).hasSize(12);
		assertThat(seed.staff()).isEmpty();
		assertThat(seed.items()).allSatisfy((item) -> {
			assertThat(item.kicker()).isNull();
			assertThat(item.source()).isNull();
			assertThat(item.genre()).isNull();
		});
	}

	private ParsedBulletin styles(String name, LocalDate issueDate) {
		return this.parser.parse(Fixtures.text("styles/" + name), options(issueDate));
	}

	private static ParsedItem item(ParsedBulletin bulletin, String title) {
		return bulletin.items()
			.stream()
			.filter((item) -> item.title().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item " + title));
	}

	private static ParseOptions options(LocalDate issueDate) {
		return new ParseOptions(issueDate, Fixtures.TODAY);
	}

	/** Small readers for assertions. */
	static final class ParsedHelpers {

		private ParsedHelpers() {
		}

		static List<String> present(ParsedItem item) {
			return item.people().stream().filter(PersonMention::present).map(PersonMention::name).toList();
		}

	}

}
