package org.newsportal.account;

import org.newsportal.OnPostgres;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Accounts, sign-in and the audit log of account changes, on PostgreSQL.
 */
@OnPostgres
@Import(CleanSchema.class)
@TestPropertySource(properties = { "spring.flyway.schemas=newsroom_accounts_it",
		"spring.datasource.hikari.schema=newsroom_accounts_it", "spring.flyway.clean-disabled=false" })
class NewsroomAccountsPostgresIT extends NewsroomAccountsTests {

}
