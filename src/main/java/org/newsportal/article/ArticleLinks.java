package org.newsportal.article;

import java.time.LocalDate;

/**
 * Where articles and the days that list them live on the site. Kept in one place so
 * pages, feeds, the sitemap and the API agree.
 */
public final class ArticleLinks {

	/**
	 * The index of every day with news.
	 */
	public static final String DAYS = "/dates";

	private ArticleLinks() {
	}

	public static String url(String slug) {
		return "/articles/" + slug;
	}

	/**
	 * The page of one day's items: {@code /dates/2024-03-11}.
	 */
	public static String day(LocalDate date) {
		return DAYS + "/" + date;
	}

}
