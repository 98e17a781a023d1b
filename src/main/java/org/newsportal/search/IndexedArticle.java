package org.newsportal.search;

import java.time.LocalDate;
import java.util.List;

import org.newsportal.article.Credit;
import org.newsportal.article.change.StoredArticle;
import org.newsportal.bulletin.ItemKind;

/**
 * What the index needs of an article, read inside a transaction so indexing never touches
 * a lazy association.
 */
public record IndexedArticle(long id, long bulletinId, int position, String slug, ItemKind kind, String title,
		String subtitle, LocalDate date, String text, List<Credit> bylines, long bulletinRevision) {

	public IndexedArticle {
		bylines = List.copyOf(bylines);
	}

	/**
	 * An article of a bulletin whose revision does not matter (tests, benchmarks).
	 */
	public IndexedArticle(long id, long bulletinId, String slug, ItemKind kind, String title, String subtitle,
			LocalDate date, String text, List<Credit> bylines) {
		this(id, bulletinId, 0, slug, kind, title, subtitle, date, text, bylines, 0);
	}

	static IndexedArticle of(StoredArticle article) {
		return new IndexedArticle(article.id(), article.bulletinId(), article.position(), article.slug(),
				article.kind(), article.title(), article.subtitle(), article.date(), article.text(), article.bylines(),
				article.bulletinRevision());
	}

	/**
	 * What is searched and quoted besides the headline.
	 */
	String body() {
		String text = (this.text != null) ? this.text : "";
		return (this.subtitle == null || this.subtitle.isBlank()) ? text : this.subtitle + "\n" + text;
	}

}
