package org.newsportal.search;

import java.time.LocalDate;

import org.newsportal.PageNumbers;
import org.newsportal.bulletin.ItemKind;

/**
 * What a reader asked for, already made safe: the text is stripped and cut to
 * {@link #MAX_LENGTH} characters, the page is never below the first and the size stays
 * between 1 and {@link #MAX_SIZE}. Blank filters are {@code null}.
 *
 * @param text the words searched; they are analysed, never parsed as query syntax
 * @param from first day included, or {@code null}
 * @param to last day included, or {@code null}
 * @param reporter a byline name, matched exactly, or {@code null}
 * @param kind articles or photos only, or {@code null} for both
 * @param page the page, from 1
 * @param size hits per page
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String reporter, ItemKind kind, int page,
		int size) {

	/**
	 * Longer queries are cut: nobody types more, and a pasted page would only make a slow
	 * query that matches nothing.
	 */
	public static final int MAX_LENGTH = 200;

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public SearchQuery {
		text = cut((text != null) ? text.strip() : "");
		reporter = (reporter == null || reporter.isBlank()) ? null : reporter.strip();
		page = Math.max(PageNumbers.FIRST, page);
		size = Math.min(Math.max(1, size), MAX_SIZE);
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, PageNumbers.FIRST, DEFAULT_SIZE);
	}

	public boolean isBlank() {
		return this.text.isEmpty();
	}

	public SearchQuery withPage(int page) {
		return new SearchQuery(this.text, this.from, this.to, this.reporter, this.kind, page, this.size);
	}

	/**
	 * Cuts at a code point, so an emoji is never split in half.
	 */
	private static String cut(String text) {
		if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
	}

}
