package org.newsportal.article;

import java.time.LocalDate;

/**
 * An article that might be related to another, with what it shares with it.
 */
record Candidate(Long id, String slug, String title, LocalDate date, long sharedPeople, long sharedReporters) {

	Candidate(Long id, String slug, String title, LocalDate date) {
		this(id, slug, title, date, 0, 0);
	}

	Candidate sharing(long people, long reporters) {
		return new Candidate(this.id, this.slug, this.title, this.date, people, reporters);
	}

}
