package org.newsportal.correction;

import java.time.Instant;

import org.newsportal.article.ArticleLinks;

/**
 * A correction as readers see it on the corrections page and in its feed.
 */
public record CorrectionEntry(String slug, String title, String note, Instant correctedAt) {

	public String url() {
		return ArticleLinks.url(this.slug);
	}

}
