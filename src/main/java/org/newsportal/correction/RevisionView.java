package org.newsportal.correction;

import java.time.Instant;

/**
 * One revision as the editors' list shows it.
 */
public record RevisionView(int number, RevisionKind kind, String note, String editedBy, Instant createdAt, String title,
		String slug) {

	static RevisionView of(ArticleRevision revision) {
		return new RevisionView(revision.getNumber(), revision.getKind(), revision.getNote(), revision.getEditedBy(),
				revision.getCreatedAt(), revision.version().title(), revision.version().slug());
	}

}
