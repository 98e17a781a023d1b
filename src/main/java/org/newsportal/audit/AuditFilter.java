package org.newsportal.audit;

import java.time.LocalDate;

/**
 * What the audit page is narrowed to; each part may be null (or blank) for all.
 *
 * @param from the first day, in the paper's time zone
 * @param to the last day, included
 */
public record AuditFilter(String actor, AuditAction action, LocalDate from, LocalDate to) {

	public static AuditFilter all() {
		return new AuditFilter(null, null, null, null);
	}

}
