package org.newsportal.edition;

import org.newsportal.OnPostgres;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The printed edition's queries, on PostgreSQL.
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PrintedPageRepositoryPostgresIT extends PrintedPageRepositoryTests {

}
