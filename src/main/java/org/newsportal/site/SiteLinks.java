package org.newsportal.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.newsportal.article.ArticleLinks;
import org.newsportal.edition.IssueLinks;
import org.newsportal.people.PeopleLinks;
import org.newsportal.search.SearchQuery;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every address a template links to, as {@code #links} (see {@link LinksDialect}):
 * {@code th:href="@{${#links.reporter(name)}}"}. It only gathers what each feature's own
 * links class says ({@link ArticleLinks}, {@link PeopleLinks}, {@link IssueLinks}), so
 * templates, controllers, feeds and the API build each address the same way, with names
 * encoded as one path segment. {@code SiteLinksTests} keeps templates from building them
 * by hand.
 */
public final class SiteLinks {

	static final SiteLinks INSTANCE = new SiteLinks();

	private SiteLinks() {
	}

	public String home() {
		return "/";
	}

	public String article(String slug) {
		return ArticleLinks.url(slug);
	}

	public String days() {
		return ArticleLinks.DAYS;
	}

	public String day(LocalDate date) {
		return ArticleLinks.day(date);
	}

	public String reporters() {
		return "/reporters";
	}

	public String reporter(String name) {
		return PeopleLinks.reporter(name);
	}

	public String people() {
		return "/people";
	}

	public String person(String name) {
		return PeopleLinks.person(name);
	}

	public String issues() {
		return IssueLinks.CALENDAR;
	}

	public String month(YearMonth month) {
		return IssueLinks.month(month);
	}

	/**
	 * The calendar month a day is in.
	 */
	public String monthOf(LocalDate day) {
		return IssueLinks.month(YearMonth.from(day));
	}

	public String issue(LocalDate date) {
		return IssueLinks.issue(date);
	}

	/**
	 * The site's feed: {@code atom} or {@code rss}.
	 */
	public String feed(String format) {
		return "/feed." + format;
	}

	public String search() {
		return "/search";
	}

	/**
	 * The search with the reader's words and filters, without its page (the pager adds
	 * it). Filters left empty are left out.
	 */
	public String search(SearchQuery query) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(search());
		param(uri, "q", query.text());
		param(uri, "from", query.from());
		param(uri, "to", query.to());
		param(uri, "reporter", query.reporter());
		param(uri, "kind", (query.kind() != null) ? query.kind().code() : null);
		return uri.encode(StandardCharsets.UTF_8).build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			uri.queryParam(name, value.toString());
		}
	}

}
