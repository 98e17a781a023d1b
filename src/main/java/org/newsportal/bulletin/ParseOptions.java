package org.newsportal.bulletin;

import java.time.LocalDate;

/**
 * What the parser is told besides the text.
 *
 * @param issueDate the issue date given by the editor, or null; wins over the front
 * matter
 * @param today today's date, from the application's clock: a year is never inferred to be
 * after it
 */
public record ParseOptions(LocalDate issueDate, LocalDate today) {

}
