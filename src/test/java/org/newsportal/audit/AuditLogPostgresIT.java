package org.newsportal.audit;

import org.newsportal.OnPostgres;
import org.newsportal.account.CleanSchema;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit log and its filters on PostgreSQL.
 */
@OnPostgres
@Import(CleanSchema.class)
@TestPropertySource(properties = { "spring.flyway.schemas=newsroom_audit_it",
		"spring.datasource.hikari.schema=newsroom_audit_it", "spring.flyway.clean-disabled=false" })
class AuditLogPostgresIT extends AuditLogTests {

}
