package org.newsportal.edition;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.web.util.UriUtils;

/**
 * Where the printed edition lives on the site. Kept in one place so pages, feeds, the
 * sitemap and the API agree. The main edition's pages have the short addresses
 * ({@code /issues/2024-03-12/02}); another edition's add {@code ?edition=周末版}.
 */
public final class IssueLinks {

	public static final String CALENDAR = "/issues";

	private IssueLinks() {
	}

	public static String month(YearMonth month) {
		return CALENDAR + "?year=" + month.getYear() + "&month=" + month.getMonthValue();
	}

	public static String issue(LocalDate date) {
		return CALENDAR + "/" + date;
	}

	public static String page(String edition, LocalDate date, PageLabel label) {
		return issue(date) + "/" + label.code() + editionQuery(edition, "?");
	}

	/**
	 * A page's PDF ({@code pdf}), image ({@code jpg}, {@code png}) or thumbnail
	 * ({@code thumb.jpg}); {@code version} makes the address change with the file, so it
	 * can be cached for good.
	 */
	public static String file(String edition, LocalDate date, PageLabel label, String extension, String version) {
		return "/printed/" + date + "/" + label.code() + "." + extension + "?v=" + version + editionQuery(edition, "&");
	}

	public static String pageName(String name) {
		return CALENDAR + "/pages/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
	}

	public static String pageNameFeed(String name, String format) {
		return pageName(name) + "/feed." + format;
	}

	private static String editionQuery(String edition, String separator) {
		return (edition == null || edition.isEmpty()) ? ""
				: separator + "edition=" + UriUtils.encodeQueryParam(edition, StandardCharsets.UTF_8);
	}

}
