package org.newsportal.edition;

import java.time.LocalDate;

/**
 * A day with an issue, and how many pages were printed that day in all editions.
 */
public record IssueDay(LocalDate date, long pages) {

}
