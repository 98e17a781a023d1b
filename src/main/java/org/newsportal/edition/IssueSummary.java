package org.newsportal.edition;

import java.time.LocalDate;
import java.util.List;

/**
 * A day with an issue, as the API lists it.
 */
public record IssueSummary(LocalDate date, String url, List<EditionCount> editions) {

	public IssueSummary {
		editions = List.copyOf(editions);
	}

	/**
	 * @param edition {@code ""} for the main edition
	 */
	public record EditionCount(String edition, String name, long pages) {

	}

}
