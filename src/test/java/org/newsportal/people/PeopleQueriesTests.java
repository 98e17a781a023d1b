package org.newsportal.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.ResultPage;
import org.newsportal.article.Article;
import org.newsportal.article.Bulletin;
import org.newsportal.article.Credit;
import org.newsportal.article.Mention;
import org.newsportal.bulletin.ItemKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The reporter and people queries over fixture articles shaped like the seed's, so they
 * do not depend on which parser filled the tables (the related articles over the same
 * fixture: {@code article.RelatedArticlesTests}).
 */
@DataJpaTest
@Import({ ReporterService.class, PersonService.class })
class PeopleQueriesTests {

	private static final String SECRETARY = "党工委书记";

	private static final String LONG_TITLE = "市政协副主席、高新区（示范区）党工委书记";

	private static final String LEADER = "高新区领导";

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ReporterService reporters;

	@Autowired
	private PersonService people;

	private Bulletin bulletin;

	private int position;

	@BeforeEach
	void setUp() {
		// A shared PostgreSQL may hold what other tests committed; the test's transaction
		// rolls this back
		this.entities.getEntityManager().createQuery("delete from Article").executeUpdate();
		this.entities.getEntityManager().createQuery("delete from Bulletin").executeUpdate();
		this.bulletin = new Bulletin("page.md");
		this.bulletin.update("hash", null, null, null, "UTF-8", Instant.EPOCH, "test", 10, "{}");
		this.entities.persist(this.bulletin);
		article("lead", ItemKind.ARTICLE, "高新区党政联席会议召开", LocalDate.of(2024, 3, 11), List.of(new Credit("郭树勋", "记者")),
				List.of(mentioned("吕沛", SECRETARY), mentioned("官卫红", "管委会主任"), present("古冰涛"), present("郑侃")));
		article("city", ItemKind.ARTICLE, "高新区城改项目推进会议召开", LocalDate.of(2024, 3, 9), List.of(new Credit("郭树勋", "记者")),
				List.of(mentioned("吕沛", SECRETARY), present("古冰涛"), present("万英奎")));
		article("road", ItemKind.ARTICLE, "高新区召开山阳路项目建设指挥部第一次推进会", LocalDate.of(2024, 3, 6),
				List.of(new Credit("付凯明", "记者")), List.of(mentioned("官卫红", "管委会主任"), present("万英奎")));
		article("photo", ItemKind.PHOTO, "明仁药业有限公司生产车间的工人在操作机器", LocalDate.of(2024, 3, 10),
				List.of(new Credit("付凯明", "摄影"), new Credit("马雅宁", "摄影")), List.of());
		// Named twice in one item, with a title and among those present: one item,
		// present
		article("women", ItemKind.ARTICLE, "高新区召开纪念三八国际劳动妇女节暨表彰大会", LocalDate.of(2024, 3, 7),
				List.of(new Credit("付凯明", "记者"), new Credit("刘晋丽", "通讯员")),
				List.of(mentioned("吕沛", LONG_TITLE), new Mention("吕沛", null, true)));
		article("bank", ItemKind.ARTICLE, "行长陈志能到访高新区", LocalDate.of(2024, 3, 8), List.of(new Credit("付凯明", "记者")),
				List.of(mentioned("陈志能", "行长")));
		article("old", ItemKind.ARTICLE, "无关的旧闻", LocalDate.of(2023, 1, 1), List.of(new Credit("张三", "实习生")),
				List.of());
		this.entities.flush();
		this.entities.clear();
	}

	@Test
	void countsReportersByRoleMostItemsFirst() {
		ResultPage<ReporterSummary> all = this.reporters.reporters(1, 20);
		assertThat(all.total()).isEqualTo(5);
		assertThat(all.items()).extracting(ReporterSummary::name, ReporterSummary::total)
			.containsExactly(tuple("付凯明", 4L), tuple("郭树勋", 2L), tuple("刘晋丽", 1L), tuple("张三", 1L), tuple("马雅宁", 1L));
		ReporterSummary fu = all.items().get(0);
		assertThat(fu.roles()).containsExactly(Map.entry("记者", 3L), Map.entry("摄影", 1L));
		assertThat(fu.url()).isEqualTo("/reporters/%E4%BB%98%E5%87%AF%E6%98%8E");
		assertThat(all.items().get(2).roles()).containsExactly(Map.entry("通讯员", 1L));
	}

	@Test
	void pageStaffAreCountedUnderTheirRoleInPages() {
		Bulletin second = new Bulletin("page-2.md");
		second.update("hash-2", null, null, null, "UTF-8", Instant.EPOCH, "test", 0, "{}");
		second.replaceStaff(List.of(new Credit("庞雪", "本版编辑"), new Credit("付凯明", "美编")));
		this.entities.persist(second);
		Bulletin third = new Bulletin("page-3.md");
		third.update("hash-3", null, null, null, "UTF-8", Instant.EPOCH, "test", 0, "{}");
		third.replaceStaff(List.of(new Credit("校对员", "校对"), new Credit("庞雪", "本版编辑"), new Credit("庞雪", "校对")));
		this.entities.persist(third);
		this.entities.flush();
		this.entities.clear();

		ResultPage<ReporterSummary> all = this.reporters.reporters(1, 20);
		assertThat(all.total()).isEqualTo(7);
		// items and pages together decide the order: 付凯明 4 items and 1 page, 庞雪 2 pages
		assertThat(all.items()).extracting(ReporterSummary::name, ReporterSummary::total, ReporterSummary::pages)
			.startsWith(tuple("付凯明", 4L, 1L), tuple("庞雪", 0L, 2L), tuple("郭树勋", 2L, 0L));
		ReporterSummary editor = all.items().get(1);
		assertThat(editor.pageRoles()).containsExactly(Map.entry("本版编辑", 2L), Map.entry("校对", 1L));
		assertThat(editor.roles()).isEmpty();
		assertThat(all.items().get(0).pageRoles()).containsExactly(Map.entry("美编", 1L));

		Reporter pang = this.reporters.reporter("庞雪", 1, 20).orElseThrow();
		assertThat(pang.total()).isZero();
		assertThat(pang.pages()).isEqualTo(2);
		assertThat(pang.pageRoles()).containsExactly(Map.entry("本版编辑", 2L), Map.entry("校对", 1L));
		assertThat(pang.items().items()).isEmpty();
	}

	@Test
	void pagesReportersInTheDatabase() {
		ResultPage<ReporterSummary> second = this.reporters.reporters(2, 2);
		assertThat(second.items()).extracting(ReporterSummary::name).containsExactly("刘晋丽", "张三");
		assertThat(second.total()).isEqualTo(5);
		assertThat(this.reporters.reporters(10, 2).items()).isEmpty();
	}

	@Test
	void pageNumbersBelowOneAreTheFirstPageAndHugeOnesAnEmptyPage() {
		List<String> first = this.reporters.reporters(1, 2).items().stream().map(ReporterSummary::name).toList();
		assertThat(this.reporters.reporters(0, 2).items()).extracting(ReporterSummary::name).isEqualTo(first);
		assertThat(this.reporters.reporters(-5, 2).page()).isEqualTo(1);
		ResultPage<ReporterSummary> huge = this.reporters.reporters(Integer.MAX_VALUE, 2);
		assertThat(huge.items()).isEmpty();
		assertThat(huge.total()).isEqualTo(5);
		assertThat(this.people.people(Integer.MAX_VALUE, 100).items()).isEmpty();
		assertThat(this.people.person("吕沛", Integer.MAX_VALUE, 20).orElseThrow().items().items()).isEmpty();
		assertThat(this.reporters.reporter("付凯明", Integer.MIN_VALUE, 2).orElseThrow().items().page()).isEqualTo(1);
	}

	@Test
	void listsAReportersItemsNewestFirstWithTheirRole() {
		Reporter fu = this.reporters.reporter("付凯明", 1, 2).orElseThrow();
		assertThat(fu.total()).isEqualTo(4);
		assertThat(fu.roles()).containsExactly(Map.entry("记者", 3L), Map.entry("摄影", 1L));
		assertThat(fu.items().total()).isEqualTo(4);
		assertThat(fu.items().items()).extracting(ReporterItem::role, (item) -> item.article().slug())
			.containsExactly(tuple("摄影", "photo"), tuple("记者", "bank"));
		assertThat(this.reporters.reporter("付凯明", 2, 2).orElseThrow().items().items())
			.extracting((item) -> item.article().slug())
			.containsExactly("women", "road");
		assertThat(fu.items().items().get(0).article().bylines()).contains(new Credit("马雅宁", "摄影"));
	}

	@Test
	void unknownOrImplausibleReporterIsEmpty() {
		assertThat(this.reporters.reporter("高新区", 1, 20)).isEmpty();
		assertThat(this.reporters.reporter("吕沛", 1, 20)).isEmpty();
		assertThat(this.reporters.reporter("\u0000", 1, 20)).isEmpty();
		assertThat(this.reporters.reporter("付".repeat(1000), 0, 20)).isEmpty();
		assertThat(this.reporters.reporter(" ", 1, 20)).isEmpty();
	}

	@Test
	void countsPeopleWithTheirTitlesMostFrequentFirst() {
		ResultPage<PersonSummary> all = this.people.people(1, 20);
		assertThat(all.total()).isEqualTo(6);
		assertThat(all.items()).extracting(PersonSummary::name, PersonSummary::total)
			.containsExactly(tuple("吕沛", 3L), tuple("万英奎", 2L), tuple("古冰涛", 2L), tuple("官卫红", 2L), tuple("郑侃", 1L),
					tuple("陈志能", 1L));
		assertThat(all.items().get(0).titles()).containsExactly(SECRETARY, LONG_TITLE);
		assertThat(all.items().get(1).titles()).containsExactly(LEADER);
		assertThat(this.people.people(2, 4).items()).extracting(PersonSummary::name).containsExactly("郑侃", "陈志能");
	}

	@Test
	void listsEveryItemNamingAPersonOnceWithPresence() {
		Person lv = this.people.person("吕沛", 1, 20).orElseThrow();
		assertThat(lv.total()).isEqualTo(3);
		assertThat(lv.titles()).containsExactly(SECRETARY, LONG_TITLE);
		assertThat(lv.items().total()).isEqualTo(3);
		assertThat(lv.items().items())
			.extracting(Appearance::slug, Appearance::date, Appearance::present, Appearance::personTitle)
			.containsExactly(tuple("lead", LocalDate.of(2024, 3, 11), false, SECRETARY),
					tuple("city", LocalDate.of(2024, 3, 9), false, SECRETARY),
					tuple("women", LocalDate.of(2024, 3, 7), true, LONG_TITLE));
		assertThat(lv.items().items().get(0).url()).isEqualTo("/articles/lead");
		assertThat(this.people.person("吕沛", 2, 2).orElseThrow().items().items()).extracting(Appearance::slug)
			.containsExactly("women");
		assertThat(this.people.person("古冰涛", 1, 20).orElseThrow().items().items()).extracting(Appearance::present)
			.containsExactly(true, true);
	}

	@Test
	void titlesAndOrganisationsAreNobody() {
		assertThat(this.people.person("高新区", 1, 20)).isEmpty();
		assertThat(this.people.person(LEADER, 1, 20)).isEmpty();
		assertThat(this.people.person("郭树勋", 1, 20)).isEmpty();
		assertThat(this.people.person("\u0000", 1, 20)).isEmpty();
		assertThat(this.people.person("../", 1, 20)).isEmpty();
	}

	private static Mention mentioned(String name, String title) {
		return new Mention(name, title, false);
	}

	private static Mention present(String name) {
		return new Mention(name, LEADER, true);
	}

	private void article(String slug, ItemKind kind, String title, LocalDate date, List<Credit> bylines,
			List<Mention> people) {
		this.entities.persist(new Article(this.bulletin, this.position++, slug, kind, title, null, date, true, null,
				"摘要", null, "正文", "<p>正文</p>", "正文", Instant.EPOCH, bylines, people));
	}

}
