package org.newsportal.edition;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page's title or file name says about where it was printed. Every field may be
 * null; {@code notes} are doubts worth an editor's attention.
 *
 * @param paper the paper's name ahead of the page number ({@code 焦作日报})
 */
public record PageHints(LocalDate date, PageLabel page, String pageName, String paper, List<String> notes) {

	static final PageHints NONE = new PageHints(null, null, null, null, List.of());

	public PageHints {
		notes = List.copyOf(notes);
	}

	boolean isEmpty() {
		return this.date == null && this.page == null && this.pageName == null;
	}

}
