package org.newsportal.importer;

import java.util.List;

/**
 * The result of a successful import.
 *
 * @param slugs the permalinks of the bulletin's items, in bulletin order
 */
public record ImportResult(String bulletin, ImportOutcome outcome, ImportReport report, List<String> slugs) {

	public ImportResult {
		slugs = List.copyOf(slugs);
	}

}
