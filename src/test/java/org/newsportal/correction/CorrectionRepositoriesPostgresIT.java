package org.newsportal.correction;

import org.newsportal.OnPostgres;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * Migration V11 and the corrections' queries (the native ones included), on PostgreSQL.
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CorrectionRepositoriesPostgresIT extends CorrectionRepositoriesTests {

}
