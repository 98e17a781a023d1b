package org.newsportal.admin;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the import history: a bulletin without its (possibly large) source text and
 * report.
 */
public record BulletinRow(Long id, String name, String title, LocalDate issueDate, String source, Instant importedAt,
		String importedBy, int itemCount) {

}
