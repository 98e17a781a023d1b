package org.newsportal.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsportal.PageNumbers;
import org.newsportal.PortalProperties;
import org.newsportal.ResultPage;
import org.newsportal.article.Article;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleLinks;
import org.newsportal.article.ArticleService;
import org.newsportal.bulletin.ItemKind;
import org.newsportal.edition.PageSummary.HeadlineLink;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Reads the printed edition for the reader's pages, the API, feeds and the sitemap.
 * Everything leaves here as records.
 */
@Service
@Transactional(readOnly = true)
public class Editions {

	/** The most pages a page-name list shows. */
	static final int NAMED_PAGES = 60;

	private final PrintedPageRepository pages;

	private final PageFiles files;

	private final EntityManager entityManager;

	private final PortalProperties properties;

	private final Clock clock;

	private final ArticleService articles;

	Editions(PrintedPageRepository pages, PageFiles files, EntityManager entityManager, PortalProperties properties,
			Clock clock, ArticleService articles) {
		this.articles = articles;
		this.pages = pages;
		this.files = files;
		this.entityManager = entityManager;
		this.properties = properties;
		this.clock = clock;
	}

	/** The edition's name as readers see it. */
	public String editionName(String edition) {
		return edition.isEmpty() ? this.properties.siteName() : edition;
	}

	public Optional<LocalDate> latestIssue() {
		return this.pages.findLatestIssueDate();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.properties.timeZone()));
	}

	/**
	 * A month of the calendar; {@code null} for the month of the latest issue (this month
	 * when there is none).
	 */
	public CalendarView calendar(YearMonth month) {
		List<LocalDate> dates = this.pages.findIssueDates();
		YearMonth shown = (month != null) ? month
				: dates.stream().findFirst().map(YearMonth::from).orElse(YearMonth.from(today()));
		Map<LocalDate, Long> pagesByDay = this.pages.countPagesByDay(shown.atDay(1), shown.plusMonths(1).atDay(1))
			.stream()
			.collect(Collectors.toMap(IssueDay::date, IssueDay::pages));
		LocalDate today = today();
		List<List<CalendarView.Day>> weeks = new ArrayList<>();
		List<CalendarView.Day> week = new ArrayList<>();
		for (int i = 1; i < shown.atDay(1).getDayOfWeek().getValue(); i++) {
			week.add(null);
		}
		for (int day = 1; day <= shown.lengthOfMonth(); day++) {
			LocalDate date = shown.atDay(day);
			week.add(new CalendarView.Day(date, pagesByDay.getOrDefault(date, 0L), date.equals(today)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		Map<YearMonth, Long> byMonth = new TreeMap<>(Comparator.reverseOrder());
		dates.forEach((date) -> byMonth.merge(YearMonth.from(date), 1L, Long::sum));
		List<CalendarView.MonthCount> archive = byMonth.entrySet()
			.stream()
			.map((entry) -> new CalendarView.MonthCount(entry.getKey(), entry.getValue()))
			.toList();
		YearMonth previous = byMonth.keySet()
			.stream()
			.filter((other) -> other.isBefore(shown))
			.findFirst()
			.orElse(null);
		YearMonth next = byMonth.keySet()
			.stream()
			.filter((other) -> other.isAfter(shown))
			.reduce((first, second) -> second)
			.orElse(null);
		List<Integer> years = byMonth.keySet().stream().map(YearMonth::getYear).distinct().toList();
		return new CalendarView(shown, weeks, years, previous, next, archive);
	}

	/**
	 * A day's issues with their pages and headlines, or empty when nothing was printed
	 * that day.
	 */
	public Optional<IssueView> issue(LocalDate date) {
		List<PrintedPage> printed = this.pages.findByIssueDate(date);
		if (printed.isEmpty()) {
			return Optional.empty();
		}
		List<Long> ids = printed.stream().map(PrintedPage::getBulletinId).toList();
		Map<Long, List<HeadlineLink>> headlines = new LinkedHashMap<>();
		for (Headline headline : this.pages.findHeadlines(ids)) {
			headlines.computeIfAbsent(headline.bulletinId(), (id) -> new ArrayList<>())
				.add(new HeadlineLink(headline.slug(), headline.title(), ArticleLinks.url(headline.slug()),
						headline.kind() == ItemKind.PHOTO));
		}
		Map<Long, List<StoredPageFile>> filesByPage = filesOf(ids);
		Map<String, List<PageSummary>> byEdition = new LinkedHashMap<>();
		for (PrintedPage page : printed) {
			List<StoredPageFile> pageFiles = filesByPage.getOrDefault(page.getBulletinId(), List.of());
			byEdition.computeIfAbsent(page.getEdition(), (edition) -> new ArrayList<>())
				.add(new PageSummary(PageLink.of(page), headlines.getOrDefault(page.getBulletinId(), List.of()),
						thumbnail(page, pageFiles), link(page, pageFiles, PageFileKind.PDF)));
		}
		List<EditionIssue> editions = byEdition.entrySet()
			.stream()
			.map((entry) -> new EditionIssue(entry.getKey(), editionName(entry.getKey()), date, entry.getValue()))
			.toList();
		return Optional.of(new IssueView(date, editions, this.pages.findAnyIssueBefore(date).orElse(null),
				this.pages.findAnyIssueAfter(date).orElse(null)));
	}

	/**
	 * One page with its items in page order, or empty when there is no such page.
	 * <p>
	 * The page's staff (本版编辑, 责任编辑, 美编, 校对) are printed at its foot; the bulletin parser
	 * reads them and the bulletin keeps them.
	 */
	public Optional<PageView> page(String edition, LocalDate date, PageLabel label) {
		return this.pages.findPage(edition, date, label.section(), label.number()).map((page) -> {
			List<ArticleCard> items = this.entityManager
				.createQuery("select a from Article a where a.bulletin.id = :bulletin order by a.position",
						Article.class)
				.setParameter("bulletin", page.getBulletinId())
				.getResultList()
				.stream()
				.map(ArticleCard::of)
				.toList();
			List<PageLink> issue = this.pages.findIssue(edition, date).stream().map(PageLink::of).toList();
			int at = indexOf(issue, label);
			List<StoredPageFile> pageFiles = this.files.findAll(page.getBulletinId());
			List<PageStaff> staff = this.articles.pageStaff(page.getBulletinId())
				.stream()
				.map((credit) -> new PageStaff(credit.role(), credit.name()))
				.toList();
			return new PageView(PageLink.of(page), editionName(edition), items, staff,
					link(page, pageFiles, PageFileKind.PDF), link(page, pageFiles, PageFileKind.IMAGE),
					thumbnail(page, pageFiles), issue, (at > 0) ? issue.get(at - 1) : null,
					(at >= 0 && at + 1 < issue.size()) ? issue.get(at + 1) : null,
					firstPage(edition, this.pages.findIssueBefore(edition, date)),
					firstPage(edition, this.pages.findIssueAfter(edition, date)));
		});
	}

	/**
	 * Where the bulletin an article came from was printed.
	 */
	public Optional<PrintedPlace> placeOf(String bulletinName) {
		return this.pages.findByBulletinName(bulletinName)
			.map((page) -> new PrintedPlace(page.getIssueDate(), page.getLabel(), page.getPageName(),
					page.getEdition().isEmpty() ? null : page.getEdition(),
					IssueLinks.page(page.getEdition(), page.getIssueDate(), page.getLabel())));
	}

	/**
	 * Days with an issue, newest first, for the API.
	 * @param page the 1-based page number, at least {@link PageNumbers#FIRST}
	 */
	public ResultPage<IssueSummary> issues(int page, int size) {
		List<LocalDate> dates = this.pages.findIssueDates();
		int from = (int) Math.min(dates.size(), (long) (page - PageNumbers.FIRST) * size);
		List<LocalDate> shown = dates.subList(from, Math.min(dates.size(), from + size));
		List<IssueSummary> items = new ArrayList<>();
		for (LocalDate date : shown) {
			Map<String, Long> byEdition = this.pages.findByIssueDate(date)
				.stream()
				.collect(Collectors.groupingBy(PrintedPage::getEdition, LinkedHashMap::new, Collectors.counting()));
			items.add(new IssueSummary(date, IssueLinks.issue(date),
					byEdition.entrySet()
						.stream()
						.map((entry) -> new IssueSummary.EditionCount(entry.getKey(), editionName(entry.getKey()),
								entry.getValue()))
						.toList()));
		}
		return new ResultPage<>(items, page, size, dates.size());
	}

	/**
	 * The newest pages of a name ({@code 要闻}), for its list and feed.
	 */
	public List<PageSummary> pagesNamed(String name) {
		List<PrintedPage> named = this.pages.findByPageName(name, Limit.of(NAMED_PAGES));
		List<Long> ids = named.stream().map(PrintedPage::getBulletinId).toList();
		Map<Long, List<HeadlineLink>> headlines = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			for (Headline headline : this.pages.findHeadlines(ids)) {
				headlines.computeIfAbsent(headline.bulletinId(), (id) -> new ArrayList<>())
					.add(new HeadlineLink(headline.slug(), headline.title(), ArticleLinks.url(headline.slug()),
							headline.kind() == ItemKind.PHOTO));
			}
		}
		return named.stream()
			.map((page) -> new PageSummary(PageLink.of(page), headlines.getOrDefault(page.getBulletinId(), List.of()),
					null, null))
			.toList();
	}

	/**
	 * How many addresses {@link #stamps(long, int)} lists: each issue, then each printed
	 * page.
	 */
	public long stampCount() {
		return this.pages.countIssueDates() + this.pages.count();
	}

	/**
	 * A slice of every issue (newest first) and then every page (in reading order), with
	 * the time its bulletins were last imported: the sitemap's part, read a file at a
	 * time, as an archive has hundreds of thousands of pages.
	 * @param offset the first address wanted, counting from 0
	 * @param limit the most addresses wanted
	 */
	public List<Stamped> stamps(long offset, int limit) {
		List<Stamped> stamped = new ArrayList<>(Math.min(limit, 1024));
		long issues = this.pages.countIssueDates();
		if (offset < issues) {
			this.entityManager.createQuery("""
					select p.issueDate, max(b.importedAt) from PrintedPage p, Bulletin b where b.id = p.bulletinId
					group by p.issueDate order by p.issueDate desc""", Object[].class)
				.setFirstResult((int) offset)
				.setMaxResults(limit)
				.getResultList()
				.forEach((issue) -> stamped
					.add(new Stamped(IssueLinks.issue((LocalDate) issue[0]), (java.time.Instant) issue[1])));
		}
		int left = limit - stamped.size();
		if (left > 0) {
			this.entityManager
				.createQuery(
						"""
								select new org.newsportal.edition.PageStamp(p.edition, p.issueDate, p.section, p.number, b.importedAt)
								from PrintedPage p, Bulletin b where b.id = p.bulletinId
								order by p.issueDate desc, p.edition asc, p.section asc, p.number asc""",
						PageStamp.class)
				.setFirstResult((int) Math.max(0, offset - issues))
				.setMaxResults(left)
				.getResultList()
				.forEach((page) -> stamped.add(new Stamped(
						IssueLinks.page(page.edition(), page.issueDate(), page.label()), page.importedAt())));
		}
		return stamped;
	}

	/**
	 * An address of the site and when what it shows last changed.
	 */
	public record Stamped(String path, java.time.Instant modified) {

	}

	private PageLink firstPage(String edition, Optional<LocalDate> date) {
		return date.flatMap((day) -> this.pages.findIssue(edition, day).stream().findFirst())
			.map(PageLink::of)
			.orElse(null);
	}

	private static int indexOf(List<PageLink> issue, PageLabel label) {
		for (int i = 0; i < issue.size(); i++) {
			if (issue.get(i).label().equals(label)) {
				return i;
			}
		}
		return -1;
	}

	private Map<Long, List<StoredPageFile>> filesOf(Collection<Long> ids) {
		return this.files.findAll(ids)
			.stream()
			.collect(Collectors.groupingBy(StoredPageFile::bulletinId,
					Collectors.mapping(Function.identity(), Collectors.toList())));
	}

	/** The image's thumbnail when there is one, else the PDF's. */
	private static String thumbnail(PrintedPage page, List<StoredPageFile> pageFiles) {
		return pageFiles.stream()
			.filter(StoredPageFile::hasThumbnail)
			.sorted(Comparator.comparing((StoredPageFile file) -> file.kind() != PageFileKind.IMAGE))
			.findFirst()
			.map((file) -> IssueLinks.file(page.getEdition(), page.getIssueDate(), page.getLabel(), "thumb.jpg",
					file.version()))
			.orElse(null);
	}

	private static PageFileLink link(PrintedPage page, List<StoredPageFile> pageFiles, PageFileKind kind) {
		return pageFiles.stream()
			.filter((file) -> file.kind() == kind)
			.findFirst()
			.map((file) -> new PageFileLink(kind,
					IssueLinks.file(page.getEdition(), page.getIssueDate(), page.getLabel(), file.extension(),
							file.version()),
					file.mediaType(), file.size(), file.width(), file.height()))
			.orElse(null);
	}

}
