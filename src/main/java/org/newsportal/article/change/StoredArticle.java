package org.newsportal.article.change;

import java.time.LocalDate;
import java.util.List;

import org.newsportal.article.Article;
import org.newsportal.article.Credit;
import org.newsportal.bulletin.ItemKind;

/**
 * An article as an import just stored it, handed over with {@link BulletinImported} to
 * what is derived from it (the search index) so that it need not be read back. A plain
 * value, not the entity: listeners run after the commit, outside the import's persistence
 * context, where an entity's lazy associations can no longer be read.
 */
public record StoredArticle(long id, long bulletinId, long bulletinRevision, int position, String slug, ItemKind kind,
		String title, String subtitle, LocalDate date, String text, List<Credit> bylines) {

	public StoredArticle {
		bylines = List.copyOf(bylines);
	}

	/**
	 * Taken inside the import's transaction, once the article is persisted (its id is
	 * assigned from a sequence at that point).
	 */
	public static StoredArticle of(Article article) {
		return new StoredArticle(article.getId(), article.getBulletin().getId(), article.getBulletin().getRevision(),
				article.getPosition(), article.getSlug(), article.getKind(), article.getTitle(), article.getSubtitle(),
				article.getDate(), article.getText(), article.getBylines());
	}

}
