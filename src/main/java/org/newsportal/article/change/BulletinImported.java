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
 * @param change what stored them: a new bulletin, one replacing another of its name, or
 * an editor's edit of its articles
 * @param articles the articles as stored, so the search index need not read them back
 * from the database; empty when the bulletin held too many to keep in memory, and then
 * listeners read them from the database
 */
public record BulletinImported(long bulletinId, long revision, String name, Change change,
		List<StoredArticle> articles) {

	public BulletinImported {
		articles = List.copyOf(articles);
	}

	public BulletinImported(long bulletinId, long revision, String name, Change change) {
		this(bulletinId, revision, name, change, List.of());
	}

	/**
	 * What stored the articles. Said by whoever stored them, so that no listener has to
	 * find it out from what was there before.
	 */
	public enum Change {

		/** A bulletin of a name not stored before (or deleted since). */
		NEW,

		/** A bulletin in place of the one of its name. */
		REPLACED,

		/**
		 * An editor's edit or deletion of an article, which records its own audit entry.
		 */
		EDITED

	}

}
