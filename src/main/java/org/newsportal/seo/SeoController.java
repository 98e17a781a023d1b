package org.newsportal.seo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.newsportal.NotFoundException;
import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;
import org.newsportal.article.ArticleLinks;
import org.newsportal.edition.Editions;
import org.newsportal.edition.IssueLinks;
import org.newsportal.people.PeopleLinks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines read before the pages: {@code robots.txt} and the sitemap of every
 * article, day page, printed issue and page, and reporter page.
 * <p>
 * A sitemap file may hold at most 50,000 addresses ({@code portal.sitemap.size}). Up to
 * that {@code /sitemap.xml} lists them all; past it, as a paper printing twenty items a
 * day is after about six years, it is a sitemap index of files of that many each,
 * {@code /sitemaps/articles-1.xml} and so on, each read from the database a file at a
 * time: a million articles in one document would be some 150 MB of text in the heap.
 */
@RestController
class SeoController {

	static final int MAX_SIZE = 50_000;

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final List<String> SITE_PAGES = List.of("/", IssueLinks.CALENDAR, ArticleLinks.DAYS, "/reporters",
			"/people");

	private final SitemapRepository pages;

	private final SiteUrls urls;

	private final PortalProperties properties;

	private final Editions editions;

	private final int size;

	SeoController(SitemapRepository pages, PortalProperties properties, Editions editions,
			@Value("${portal.sitemap.size:50000}") int size) {
		this.pages = pages;
		this.editions = editions;
		this.properties = properties;
		this.urls = new SiteUrls(properties);
		this.size = Math.max(1, Math.min(size, MAX_SIZE));
	}

	@GetMapping("/sitemap.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() {
		Map<Part, Long> counts = counts();
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		if (total <= this.size) {
			Sitemap sitemap = new Sitemap(this.properties.timeZone());
			for (Part part : Part.values()) {
				addPart(sitemap, part, 0, (int) total);
			}
			return xml(sitemap.finish());
		}
		List<String> files = new ArrayList<>();
		for (Part part : Part.values()) {
			for (int file = 1; file <= files(counts.get(part)); file++) {
				files.add(this.urls.absolute(part.path(file)));
			}
		}
		return xml(Sitemap.index(files));
	}

	@GetMapping("/sitemaps/{part}-{file}.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemapFile(@PathVariable String part, @PathVariable("file") String number) {
		Part found = Part.named(part);
		int file = number.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(number) : 0;
		if (found == null || file < 1 || file > files(count(found))) {
			throw new NotFoundException("No sitemap " + part + "-" + number);
		}
		Sitemap sitemap = new Sitemap(this.properties.timeZone());
		addPart(sitemap, found, file - 1, this.size);
		return xml(sitemap.finish());
	}

	private long files(long count) {
		return (count + this.size - 1) / this.size;
	}

	private Map<Part, Long> counts() {
		Map<Part, Long> counts = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			counts.put(part, count(part));
		}
		return counts;
	}

	private long count(Part part) {
		return switch (part) {
			case SITE -> SITE_PAGES.size();
			case ARTICLES -> this.pages.countArticles();
			case DAYS -> this.pages.countDays();
			case ISSUES -> this.editions.stampCount();
			case REPORTERS -> this.pages.countReporters();
		};
	}

	/** The part's addresses on the given page of the given size. */
	private void addPart(Sitemap sitemap, Part part, int page, int size) {
		PageRequest request = PageRequest.of(page, Math.max(1, size));
		switch (part) {
			case SITE -> {
				Instant latest = this.pages.findLatestChange();
				add(sitemap, slice(SITE_PAGES, request), (path) -> latest, Function.identity());
			}
			case ARTICLES -> add(sitemap, this.pages.findArticles(request), Stamped::modified,
					(article) -> ArticleLinks.url(article.key()));
			case DAYS ->
				add(sitemap, this.pages.findDays(request), DayStamped::modified, (day) -> ArticleLinks.day(day.date()));
			case ISSUES -> add(sitemap, this.editions.stamps(request.getOffset(), request.getPageSize()),
					Editions.Stamped::modified, Editions.Stamped::path);
			case REPORTERS -> add(sitemap, this.pages.findReporters(request), Stamped::modified,
					(reporter) -> PeopleLinks.reporter(reporter.key()));
		}
	}

	private static <T> List<T> slice(List<T> all, PageRequest request) {
		int from = (int) Math.min(all.size(), request.getOffset());
		return all.subList(from, Math.min(all.size(), from + request.getPageSize()));
	}

	private <T> void add(Sitemap sitemap, List<T> items, Function<T, Instant> modified, Function<T, String> path) {
		items.forEach((item) -> sitemap.add(this.urls.absolute(path.apply(item)), modified.apply(item)));
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}

	/**
	 * Everything may be crawled except the editors' area; the search page stays open, as
	 * readers share links to its results.
	 */
	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots() {
		return """
				User-agent: *
				Disallow: /admin
				Disallow: /api/

				Sitemap: %s
				""".formatted(this.urls.absolute("/sitemap.xml"));
	}

	/** The sitemap's parts, in the order they are listed. */
	enum Part {

		SITE, ARTICLES, DAYS, ISSUES, REPORTERS;

		String path(int file) {
			return "/sitemaps/" + name().toLowerCase(Locale.ROOT) + "-" + file + ".xml";
		}

		static Part named(String name) {
			for (Part part : values()) {
				if (part.name().toLowerCase(Locale.ROOT).equals(name)) {
					return part;
				}
			}
			return null;
		}

	}

}
