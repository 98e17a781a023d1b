package org.newsportal.people;

import org.newsportal.OnPostgres;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The reporter and people queries, on PostgreSQL.
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PeopleQueriesPostgresIT extends PeopleQueriesTests {

}
