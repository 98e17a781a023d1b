package org.newsportal.release;

import org.newsportal.OnPostgres;
import org.newsportal.account.CleanSchema;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Scheduled release on PostgreSQL: the bytes in {@code bytea}, the claim and the import
 * in one transaction.
 */
@OnPostgres
@Import(CleanSchema.class)
@TestPropertySource(properties = { "spring.flyway.schemas=newsroom_held_it",
		"spring.datasource.hikari.schema=newsroom_held_it", "spring.flyway.clean-disabled=false" })
class HeldImportsPostgresIT extends HeldImportsTests {

}
