package org.newsportal.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.ResultPage;
import org.newsportal.article.Bulletin;
import org.newsportal.article.Credit;
import org.newsportal.article.SeedShapedArticles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsportal.article.SeedShapedArticles.LEADER;
import static org.newsportal.article.SeedShapedArticles.LONG_TITLE;
import static org.newsportal.article.SeedShapedArticles.SECRETARY;

/**
 * The reporter and people queries over {@link SeedShapedArticles}, the fixture the
 * related articles are tested over too.
 */
@DataJpaTest
@Import({ ReporterService.class, PersonService.class })
class PeopleQueriesTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ReporterService reporters;

	@Autowired
	private PersonService people;

	@BeforeEach
	void setUp() {
		SeedShapedArticles.store(this.entities);
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

}
