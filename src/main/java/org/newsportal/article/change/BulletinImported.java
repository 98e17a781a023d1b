package org.newsportal.article.change;

import java.util.List;

/**
 * Published by the importer after a bulletin's articles were stored or replaced, for
 * whatever is derived from them (the search index, caches). Listeners run after the
 * commit.
 *
 * @param bulletinId the bulletin's id
 * @param revision the bulletin's revision as stored by this import
 * @param name the bulletin's name, for messages
 * @param articles the articles as stored, so the search index need not read them back
 * from the database; empty when the bulletin held too many to keep in memory, and then
 * listeners read them from the database
 */
public record BulletinImported(long bulletinId, long revision, String name, List<StoredArticle> articles) {

	public BulletinImported {
		articles = List.copyOf(articles);
	}

	public BulletinImported(long bulletinId, long revision, String name) {
		this(bulletinId, revision, name, List.of());
	}

}
