package org.newsportal.edition;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's issues (usually one edition) and the days with an issue before and after it.
 */
public record IssueView(LocalDate date, List<EditionIssue> editions, LocalDate previous, LocalDate next) {

	public IssueView {
		editions = List.copyOf(editions);
	}

	/** The slugs of every item the issue lists, for their pictures. */
	public List<String> slugs() {
		return PageSummary.slugs(this.editions.stream().flatMap((edition) -> edition.pages().stream()).toList());
	}

	public int pageCount() {
		return this.editions.stream().mapToInt((edition) -> edition.pages().size()).sum();
	}

}
