package org.newsportal.search;

import java.time.LocalDate;
import java.util.List;

import org.newsportal.article.Credit;

/**
 * One result. The {@code *Html} fields are escaped text in which only the matched words
 * are markup ({@code <mark>…</mark>}), safe to insert as they are.
 *
 * @param kind {@code article} or {@code photo}
 * @param titleHtml the headline with the matches marked
 * @param snippetHtml a passage around the best match, or the beginning of the text when
 * only the headline matched
 */
public record SearchHit(String slug, String url, String title, String titleHtml, LocalDate date, String kind,
		List<Credit> bylines, String snippetHtml) {

	public SearchHit {
		bylines = List.copyOf(bylines);
	}

}
