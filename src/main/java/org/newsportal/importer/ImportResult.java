package org.newsportal.importer;

import java.util.List;

/**
 * The result of a successful import.
 *
 * @param slugs the permalinks of the bulletin's items, in bulletin order
 * @param page the address of the printed page it is, or null when it is none
 * @param attached the page's files this import stored ({@code PDF}, {@code IMAGE}); an
 * unchanged bulletin may still have had its files attached
 */
public record ImportResult(String bulletin, ImportOutcome outcome, ImportReport report, List<String> slugs, String page,
		List<String> attached) {

	public ImportResult {
		slugs = List.copyOf(slugs);
		attached = List.copyOf(attached);
	}

}
