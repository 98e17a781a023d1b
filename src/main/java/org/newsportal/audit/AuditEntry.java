package org.newsportal.audit;

import java.time.Instant;

/**
 * One line of the audit log: who did what, to what, when and from where.
 *
 * @param actor the account's user name, or {@code seeds}, {@code watch}, {@code cli},
 * {@code system} for what the site did itself
 * @param address the client's address, or null outside a request
 * @param subject what it was done to (a bulletin's file name, an account)
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String address, AuditAction action, String subject,
		String detail) {

}
