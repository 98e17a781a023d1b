package org.newsportal.article;

/**
 * Where an article lives on the site. Kept in one place so pages, feeds and the API
 * agree.
 */
public final class ArticleLinks {

	private ArticleLinks() {
	}

	public static String url(String slug) {
		return "/articles/" + slug;
	}

}
