package org.newsportal.people;

import java.time.LocalDate;

/**
 * An article that might be related to another, with what it shares with it.
 */
record Candidate(Long id, String slug, String title, LocalDate date, long sharedPeople, long sharedReporters) {

}
