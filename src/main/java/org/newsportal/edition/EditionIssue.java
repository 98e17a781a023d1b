package org.newsportal.edition;

import java.time.LocalDate;
import java.util.List;

/**
 * One edition's issue of a day: its pages in order.
 *
 * @param edition {@code ""} for the main edition
 * @param name the edition's name as readers see it (the paper's for the main edition)
 */
public record EditionIssue(String edition, String name, LocalDate date, List<PageSummary> pages) {

	public EditionIssue {
		pages = List.copyOf(pages);
	}

	public boolean isMain() {
		return this.edition.isEmpty();
	}

	/** An id for the page's headings: {@code edition-0}. */
	public String anchor(int index) {
		return "edition-" + index;
	}

}
