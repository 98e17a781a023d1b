package org.newsportal.bulletin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The whole seed page: twelve articles and a stand-alone photo, with paragraphs the
 * layout cut in two and no year in any dateline.
 */
class SeedBulletinParserTests {

	private static final Path SEED = Path.of("seeds/000_223f8a6ac594ec44.txt");

	private static ParsedBulletin bulletin;

	@BeforeAll
	static void parseSeed() throws IOException {
		DecodedText decoded = BulletinDecoder.decode(Files.readAllBytes(SEED));
		assertThat(decoded.charset()).isEqualTo("UTF-8");
		bulletin = new BulletinParser().parse(decoded.text(), new ParseOptions(null, LocalDate.of(2026, 1, 10)));
	}

	@Test
	void findsEveryItemInOrder() {
		assertThat(bulletin.items()).extracting(ParsedItem::position, ParsedItem::kind, ParsedItem::title)
			.containsExactly(tuple(0, ItemKind.ARTICLE, "高新区党政联席会议召开"),
					tuple(1, ItemKind.ARTICLE, "高新区二〇二三年度区属党（工）委书记抓基层党建工作述职评议考核会议召开"),
					tuple(2, ItemKind.ARTICLE, "高新区召开大气污染防治攻坚工作推进会"),
					tuple(3, ItemKind.ARTICLE, "跟党奋进新征程 巾帼建功新时代 高新区召开纪念“三八”国际劳动妇女节暨表彰大会"),
					tuple(4, ItemKind.ARTICLE, "高新区召开市“三十工程”暨全区重点项目推进会"), tuple(5, ItemKind.ARTICLE, "高新区城改项目推进会议召开"),
					tuple(6, ItemKind.ARTICLE, "中国银行河南省分行与高新区举行行政银企对接座谈会"),
					tuple(7, ItemKind.ARTICLE, "高新区召开山阳路项目建设指挥部第一次推进会"),
					tuple(8, ItemKind.PHOTO, "明仁药业有限公司生产车间的工人在操作机器"), tuple(9, ItemKind.ARTICLE, "高新区理工大科创城建设方案研讨会召开"),
					tuple(10, ItemKind.ARTICLE, "高新区领导与中国信息通信研究院专家举行工作会谈"),
					tuple(11, ItemKind.ARTICLE, "高新区领导调研学校消防和食品安全工作"));
		assertThat(bulletin.items()).extracting(ParsedItem::line)
			.containsExactly(3, 15, 31, 41, 51, 65, 77, 93, 109, 111, 117, 127);
		assertThat(bulletin.items()).extracting(ParsedItem::subtitle).containsOnlyNulls();
	}

	@Test
	void datesTakeTheYearTheTextNames() {
		assertThat(bulletin.issueDate()).isNull();
		assertThat(bulletin.items()).extracting(ParsedItem::date, ParsedItem::dayPart)
			.containsExactly(tuple(date(3, 11), "上午"), tuple(date(3, 5), "下午"), tuple(date(3, 6), "下午"),
					tuple(date(3, 7), "上午"), tuple(date(3, 6), "下午"), tuple(date(3, 9), "上午"), tuple(date(3, 7), "上午"),
					tuple(date(3, 6), "上午"), tuple(date(3, 10), "上午"), tuple(date(3, 6), "上午"), tuple(date(3, 5), "上午"),
					tuple(date(3, 8), "下午"));
		assertThat(bulletin.items()).allMatch(ParsedItem::dated);
		assertThat(bulletin.findings()).noneMatch((finding) -> finding.message().contains("年份"));
	}

	@Test
	void anIssueDateWinsOverTheNamedYears() {
		ParsedBulletin withIssue = new BulletinParser().parse(seedText(),
				new ParseOptions(LocalDate.of(2025, 3, 12), LocalDate.of(2026, 1, 10)));
		assertThat(withIssue.items()).extracting(ParsedItem::date)
			.allMatch((date) -> date.getYear() == 2025 && date.getMonthValue() == 3);
	}

	@Test
	void bylinesCarryTheirRoles() {
		assertThat(item(0).bylines()).containsExactly(new Byline("郭树勋", "记者"));
		assertThat(item(2).bylines()).containsExactly(new Byline("赵根志", "记者"));
		assertThat(item(3).bylines()).containsExactly(new Byline("付凯明", "记者"), new Byline("刘晋丽", "通讯员"));
		assertThat(item(11).bylines()).containsExactly(new Byline("付凯明", "记者"));
		assertThat(bulletin.items()).filteredOn((item) -> item.kind() == ItemKind.ARTICLE)
			.allMatch((item) -> item.photoCredit() == null);
	}

	@Test
	void thePhotoIsAnItemOfItsOwn() {
		ParsedItem photo = item(8);
		assertThat(photo.kind()).isEqualTo(ItemKind.PHOTO);
		assertThat(photo.date()).isEqualTo(date(3, 10));
		assertThat(photo.dayPart()).isEqualTo("上午");
		assertThat(photo.bylines()).containsExactly(new Byline("付凯明", Byline.PHOTOGRAPHER),
				new Byline("马雅宁", Byline.PHOTOGRAPHER));
		assertThat(photo.photoCredit()).isEqualTo("本报记者 付凯明 见习记者 马雅宁 摄");
		assertThat(photo.summary()).isEqualTo("3月10日上午，明仁药业有限公司生产车间的工人在操作机器，全自动灌装饮料生产线高速运转，一瓶瓶焦作生产的苏打水由此销往全国各地。");
		assertThat(photo.markdown()).startsWith("3月10日上午，明仁药业").endsWith("同比增长24%。").doesNotContain("摄");
		assertThat(photo.line()).isEqualTo(109);
	}

	@Test
	void thePhotoIsNotGluedToTheArticleBeforeIt() {
		ParsedItem road = item(7);
		assertThat(road.markdown()).endsWith("河南新时代交通发展集团有限公司董事长刘国富、市住房和城乡建设局副局长买新华，高新区领导万英奎参加会议。")
			.doesNotContain("明仁")
			.doesNotContain("马雅宁");
	}

	@Test
	void everyCutParagraphReadsWhole() {
		String all = String.join("\n\n", bulletin.items().stream().map(ParsedItem::markdown).toList());
		assertThat(all).contains("成果转化", "未来产业", "深化政治监督", "“三十工程”和区定", "安鑫家园", "有效投资对高质量发展", "问题导向", "谋划储备", "积极回应",
				"职业技术培训", "重大机遇", "重点区域", "设计标准为双向六车道", "紧盯目标任务");
		assertThat(bulletin.repairs()).hasSize(14);
		assertThat(bulletin.repairs()).extracting(Repair::line)
			.containsExactly(9, 11, 13, 47, 55, 57, 59, 61, 71, 73, 83, 87, 99, 103);
		assertThat(bulletin.repairs().get(0)).isEqualTo(new Repair(9, "高新区党政联席会议召开", "平台、成果转", "化、人才引育"));
		// the first article's four pieces are one paragraph now
		assertThat(item(0).markdown().split("\n\n")).hasSize(2);
		assertThat(item(4).markdown().split("\n\n")).hasSize(2);
	}

	@Test
	void aClosingLineIsNotJoinedToAnUnfinishedParagraph() {
		ParsedItem air = item(2);
		assertThat(air.markdown()).contains("紧迫性和艰巨性，\n\n高新区领导侯建华参加会议。");
		assertThat(bulletin.findings()).contains(new Finding(37, "第37行：段落似乎在句中结束「…性和艰巨性，」"));
		assertThat(bulletin.repairs()).noneMatch((repair) -> repair.line() == 39);
	}

	@Test
	void summariesStartWithTheDate() {
		assertThat(item(0).summary()).isEqualTo(
				"3月11日上午，市政协副主席、高新区（示范区）党工委书记吕沛主持召开高新区2024年第3次党政联席会议，传达学习习近平总书记近期重要讲话精神，学习贯彻《中国共产党巡视工作条例》，研究部署当前重点工作。");
		assertThat(bulletin.items())
			.allSatisfy((item) -> assertThat(item.summary()).matches("^\\d{1,2}月\\d{1,2}日.*[。]$"));
		assertThat(item(0).markdown()).startsWith("本报讯（记者郭树勋）3月11日上午");
		assertThat(item(0).markdown()).doesNotContain("# ");
	}

	@Test
	void peoplePresentFollowTheClosingLines() {
		assertThat(item(0).people()).filteredOn(PersonMention::present)
			.extracting(PersonMention::name)
			.containsExactly("官卫红", "杨有军", "古冰涛", "万英奎", "侯建华", "郑侃", "许海玲", "高鸿");
		assertThat(person(0, "官卫红").title()).isEqualTo("高新区（示范区）党工委副书记、管委会主任");
		assertThat(person(0, "郑侃").title()).isEqualTo("区领导");
		assertThat(present(4)).containsExactly("官卫红", "古冰涛", "郑侃");
		assertThat(present(5)).containsExactly("官卫红", "古冰涛", "万英奎");
		assertThat(present(6)).containsExactly("吕沛", "陈志能", "郑彦征", "古冰涛", "郑侃");
		assertThat(person(6, "郑彦征")).isEqualTo(new PersonMention("郑彦征", "中国银行焦作分行党委书记、行长", true));
		assertThat(person(6, "古冰涛")).isEqualTo(new PersonMention("古冰涛", "区领导", true));
		assertThat(present(7)).containsExactly("刘国富", "买新华", "万英奎");
		assertThat(person(7, "买新华").title()).isEqualTo("市住房和城乡建设局副局长");
		assertThat(person(7, "万英奎").title()).isEqualTo("高新区领导");
		assertThat(present(3)).containsExactly("杨有军", "高鸿");
		assertThat(present(9)).containsExactly("赵凯", "古冰涛", "万英奎");
		assertThat(present(10)).containsExactly("董晓东", "郑侃");
		assertThat(present(1)).containsExactly("侯建华");
	}

	@Test
	void titledMentionsAreFound() {
		assertThat(person(1, "吕沛")).isEqualTo(new PersonMention("吕沛", "市政协副主席、高新区（示范区）党工委书记", false));
		assertThat(person(7, "官卫红")).isEqualTo(new PersonMention("官卫红", "高新区（示范区）党工委副书记、管委会主任", false));
		assertThat(person(6, "陈志能").title()).endsWith("行长");
		assertThat(person(10, "陈杰")).isEqualTo(new PersonMention("陈杰", "中国信息通信研究院专家", false));
		assertThat(person(11, "官卫红").present()).isFalse();
	}

	@Test
	void placesAndBylinesAreNeverPeople() {
		assertThat(bulletin.items()).flatExtracting(ParsedItem::people)
			.extracting(PersonMention::name)
			.doesNotContain("高新区", "会议", "郭树勋", "付凯明", "马雅宁")
			.allMatch((name) -> name.length() >= 2 && name.length() <= 3);
		assertThat(item(8).people()).isEmpty();
	}

	@Test
	void eachNameIsListedOncePerItem() {
		assertThat(bulletin.items())
			.allSatisfy((item) -> assertThat(item.people()).extracting(PersonMention::name).doesNotHaveDuplicates());
	}

	private static List<String> present(int position) {
		return item(position).people().stream().filter(PersonMention::present).map(PersonMention::name).toList();
	}

	private static PersonMention person(int position, String name) {
		return item(position).people()
			.stream()
			.filter((person) -> person.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not found in item " + position));
	}

	private static ParsedItem item(int position) {
		return bulletin.items().get(position);
	}

	private static LocalDate date(int month, int day) {
		return LocalDate.of(2024, month, day);
	}

	private static String seedText() {
		try {
			return BulletinDecoder.decode(Files.readAllBytes(SEED)).text();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
