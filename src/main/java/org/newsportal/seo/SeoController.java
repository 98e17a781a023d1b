package org.newsportal.seo;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;
import org.newsportal.article.ArticleLinks;
import org.newsportal.edition.Editions;
import org.newsportal.edition.IssueLinks;
import org.newsportal.people.PeopleLinks;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines read before the pages: {@code robots.txt} and the sitemap of every
 * article, day page, printed issue and page, and reporter page.
 * <p>
 * One sitemap holds at most 50,000 addresses; a paper printing twenty items a day reaches
 * that in about six years, and then this needs to become a sitemap index.
 */
@RestController
class SeoController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final SitemapRepository pages;

	private final SiteUrls urls;

	private final PortalProperties properties;

	private final Editions editions;

	SeoController(SitemapRepository pages, PortalProperties properties, Editions editions) {
		this.pages = pages;
		this.editions = editions;
		this.properties = properties;
		this.urls = new SiteUrls(properties);
	}

	@GetMapping("/sitemap.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() {
		List<Stamped> articles = this.pages.findArticles();
		Instant latest = articles.stream().map(Stamped::modified).max(Comparator.naturalOrder()).orElse(null);
		Sitemap sitemap = new Sitemap(this.properties.timeZone());
		for (String path : new String[] { "/", IssueLinks.CALENDAR, ArticleLinks.DAYS, "/reporters", "/people" }) {
			sitemap.add(this.urls.absolute(path), latest);
		}
		articles
			.forEach((article) -> sitemap.add(this.urls.absolute(ArticleLinks.url(article.key())), article.modified()));
		this.pages.findDays()
			.forEach((day) -> sitemap.add(this.urls.absolute(ArticleLinks.day(day.date())), day.modified()));
		this.editions.stamps().forEach((page) -> sitemap.add(this.urls.absolute(page.path()), page.modified()));
		this.pages.findReporters()
			.forEach((reporter) -> sitemap.add(this.urls.absolute(PeopleLinks.reporter(reporter.key())),
					reporter.modified()));
		return ResponseEntity.ok().contentType(XML).body(sitemap.finish());
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

}
