package org.newsportal.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.Bulletin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Limit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed edition's queries: issues by day and edition, pages in order, the issues
 * around one, and a page name's pages.
 */
@DataJpaTest
class PrintedPageRepositoryTests {

	private static final LocalDate MONDAY = LocalDate.of(2024, 3, 11);

	private static final LocalDate SATURDAY = LocalDate.of(2024, 3, 16);

	@Autowired
	private PrintedPageRepository pages;

	@Autowired
	private EntityManager entityManager;

	@BeforeEach
	void pages() {
		place("m-2.md", "", MONDAY, "", 2, "经济");
		place("m-1.md", "", MONDAY, "", 1, "要闻");
		place("m-a1.md", "", MONDAY, "A", 1, null);
		place("t-1.md", "", MONDAY.plusDays(1), "", 1, "要闻");
		place("w-1.md", "周末版", SATURDAY, "", 1, "要闻");
		place("s-1.md", "", SATURDAY.plusDays(2), "", 1, null);
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void anIssuesPagesComeInPrintedOrder() {
		assertThat(this.pages.findIssue("", MONDAY)).extracting((page) -> page.getLabel().code())
			.containsExactly("01", "02", "A01");
		assertThat(this.pages.findHighestNumber("", MONDAY)).hasValue(2);
		assertThat(this.pages.findHighestNumber("周末版", MONDAY)).isEmpty();
	}

	@Test
	void theIssuesAroundOneAreThoseOfItsEdition() {
		assertThat(this.pages.findIssueAfter("", MONDAY.plusDays(1))).hasValue(SATURDAY.plusDays(2));
		assertThat(this.pages.findIssueBefore("周末版", SATURDAY)).isEmpty();
		assertThat(this.pages.findAnyIssueAfter(MONDAY.plusDays(1))).hasValue(SATURDAY);
		assertThat(this.pages.findAnyIssueBefore(MONDAY)).isEmpty();
	}

	@Test
	void theCalendarCountsEachDaysPagesInAllEditions() {
		assertThat(this.pages.countPagesByDay(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1))).containsExactly(
				new IssueDay(MONDAY, 3), new IssueDay(MONDAY.plusDays(1), 1), new IssueDay(SATURDAY, 1),
				new IssueDay(SATURDAY.plusDays(2), 1));
		assertThat(this.pages.findIssueDates()).first().isEqualTo(SATURDAY.plusDays(2));
		assertThat(this.pages.findLatestIssueDate()).hasValue(SATURDAY.plusDays(2));
	}

	@Test
	void aPageNamesPagesAreNewestFirstAcrossEditions() {
		assertThat(this.pages.findByPageName("要闻", Limit.of(10))).extracting(PrintedPage::getIssueDate)
			.containsExactly(SATURDAY, MONDAY.plusDays(1), MONDAY);
		assertThat(this.pages.findByPageName("要闻", Limit.of(1))).hasSize(1);
	}

	@Test
	void aPageIsFoundByItsBulletinsName() {
		assertThat(this.pages.findByBulletinName("w-1.md")).hasValueSatisfying((page) -> {
			assertThat(page.getEdition()).isEqualTo("周末版");
			assertThat(page.getIssueDate()).isEqualTo(SATURDAY);
		});
		assertThat(this.pages.findPage("", SATURDAY, "", 1)).isEmpty();
	}

	@Test
	void theSitemapsSlicesListEachIssueNewestFirstThenEachPageOnce() {
		// only the repository and the entity manager are used for the sitemap
		Editions editions = new Editions(this.pages, null, this.entityManager, null, null, null);
		assertThat(editions.stampCount()).isEqualTo(4 + 6);
		List<String> sliced = new ArrayList<>();
		for (long offset = 0; offset < editions.stampCount(); offset += 4) {
			sliced.addAll(editions.stamps(offset, 4).stream().map(Editions.Stamped::path).toList());
		}
		assertThat(sliced).containsExactly("/issues/2024-03-18", "/issues/2024-03-16", "/issues/2024-03-12",
				"/issues/2024-03-11", IssueLinks.page("", SATURDAY.plusDays(2), PageLabel.of(1)),
				IssueLinks.page("周末版", SATURDAY, PageLabel.of(1)),
				IssueLinks.page("", MONDAY.plusDays(1), PageLabel.of(1)), IssueLinks.page("", MONDAY, PageLabel.of(1)),
				IssueLinks.page("", MONDAY, PageLabel.of(2)), IssueLinks.page("", MONDAY, new PageLabel("A", 1)));
		assertThat(editions.stamps(9, 4)).hasSize(1);
		assertThat(editions.stamps(10, 4)).isEmpty();
	}

	private void place(String name, String edition, LocalDate date, String section, int number, String pageName) {
		Bulletin bulletin = new Bulletin(name);
		bulletin.update("h", null, date, null, "UTF-8", Instant.parse("2024-03-12T00:00:00Z"), "test", 0, "{}");
		this.entityManager.persist(bulletin);
		this.entityManager.flush();
		PrintedPage page = new PrintedPage(bulletin.getId());
		page.place(new Placement(edition, date, PlacementSource.FRONT_MATTER, new PageLabel(section, number),
				PlacementSource.FRONT_MATTER, pageName, (pageName != null) ? PlacementSource.FRONT_MATTER : null,
				List.of()));
		this.entityManager.persist(page);
	}

}
