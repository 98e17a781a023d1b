package org.newsportal.importer;

import java.util.List;

import org.newsportal.article.Article;

/**
 * Published after a bulletin's articles were stored or replaced, for whatever is derived
 * from them (the search index, caches). Listeners run after the commit.
 *
 * @param articles the articles as stored, so the search index need not read them back
 * from the database; empty when the bulletin held too many to keep in memory, and then
 * listeners read them from the database
 */
public record BulletinImported(long bulletinId, String name, List<Article> articles) {

	public BulletinImported {
		articles = List.copyOf(articles);
	}

	public BulletinImported(long bulletinId, String name) {
		this(bulletinId, name, List.of());
	}

}
