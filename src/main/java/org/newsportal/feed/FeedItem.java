package org.newsportal.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.newsportal.article.Article;
import org.newsportal.article.ArticleLinks;
import org.newsportal.article.Credit;

/**
 * What a feed entry shows of an item: the full sanitised HTML as stored at import.
 *
 * @param date the item's date, as the site shows it
 * @param importedAt when the item was stored or an editor last changed it, which is when
 * its entry last changed
 * @param enclosure the item's first picture, or null
 */
record FeedItem(String url, String title, String subtitle, String summary, String html, LocalDate date,
		Instant importedAt, List<Credit> bylines, Enclosure enclosure) {

	FeedItem {
		bylines = List.copyOf(bylines);
	}

	FeedItem(String url, String title, String subtitle, String summary, String html, LocalDate date, Instant importedAt,
			List<Credit> bylines) {
		this(url, title, subtitle, summary, html, date, importedAt, bylines, null);
	}

	FeedItem withEnclosure(Enclosure enclosure) {
		return new FeedItem(this.url, this.title, this.subtitle, this.summary, this.html, this.date, this.importedAt,
				this.bylines, enclosure);
	}

	/**
	 * The item's first picture, as RSS's enclosure and Atom's enclosure link carry it.
	 */
	record Enclosure(String url, String type, long length) {

	}

	static FeedItem of(Article article) {
		return new FeedItem(ArticleLinks.url(article.getSlug()), article.getTitle(), article.getSubtitle(),
				article.getSummary(), article.getHtml(), article.getDate(), article.getUpdatedAt(),
				article.getBylines());
	}

}
