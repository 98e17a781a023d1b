package org.newsportal.article;

import org.newsportal.OnPostgres;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The date and reading-order queries, on PostgreSQL.
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ArticleRepositoryPostgresIT extends ArticleRepositoryTests {

}
