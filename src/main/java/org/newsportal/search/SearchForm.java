package org.newsportal.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsportal.PageNumbers;
import org.newsportal.bulletin.ItemKind;

/**
 * The search parameters as the reader sent them. Everything is bound as text, so no input
 * can fail the request: what cannot be understood is left out of the query and reported
 * by {@link #problems()}.
 *
 * @param q the words searched
 * @param from first day, ISO ({@code 2024-03-11})
 * @param to last day, ISO
 * @param reporter a byline name
 * @param kind {@code article} or {@code photo}
 * @param page the page, from 1
 * @param size hits per page
 */
record SearchForm(String q, String from, String to, String reporter, String kind, String page, String size) {

	SearchQuery toQuery() {
		LocalDate first = date(this.from);
		LocalDate last = date(this.to);
		if (first != null && last != null && first.isAfter(last)) {
			// Readers mix the two up; the range they meant is clear.
			LocalDate swap = first;
			first = last;
			last = swap;
		}
		return new SearchQuery(this.q, first, last, this.reporter, kind(this.kind),
				number(this.page, PageNumbers.FIRST), number(this.size, SearchQuery.DEFAULT_SIZE));
	}

	/**
	 * What was left out, as message codes and arguments for the page.
	 */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (this.q != null && this.q.strip().codePointCount(0, this.q.strip().length()) > SearchQuery.MAX_LENGTH) {
			problems.add(new Problem("search.too-long", SearchQuery.MAX_LENGTH));
		}
		for (String date : new String[] { this.from, this.to }) {
			if (hasText(date) && date(date) == null) {
				problems.add(new Problem("search.invalid-date", date.strip()));
			}
		}
		return problems;
	}

	boolean hasText() {
		return hasText(this.q);
	}

	private static LocalDate date(String text) {
		if (!hasText(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static ItemKind kind(String text) {
		if (!hasText(text)) {
			return null;
		}
		String code = text.strip().toLowerCase(Locale.ROOT);
		for (ItemKind kind : ItemKind.values()) {
			if (kind.code().equals(code)) {
				return kind;
			}
		}
		return null;
	}

	private static int number(String text, int fallback) {
		if (!hasText(text)) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			// Too large for an int is still a page number: the last page.
			return text.strip().matches("\\d+") ? Integer.MAX_VALUE : fallback;
		}
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	record Problem(String code, Object argument) {

	}

}
