package org.newsportal.bulletin;

import java.time.LocalDate;

/**
 * What the parser is told besides the text.
 *
 * @param issueDate the issue date given by the editor, or null; wins over the front
 * matter
 * @param today today's date, from the application's clock: a year is never inferred to be
 * after it
 * @param vocabulary the roles, agencies and page staff roles to recognise
 */
public record ParseOptions(LocalDate issueDate, LocalDate today, Vocabulary vocabulary) {

	public ParseOptions {
		if (vocabulary == null) {
			vocabulary = Vocabulary.DEFAULTS;
		}
	}

	/** With the default vocabulary. */
	public ParseOptions(LocalDate issueDate, LocalDate today) {
		this(issueDate, today, Vocabulary.DEFAULTS);
	}

}
