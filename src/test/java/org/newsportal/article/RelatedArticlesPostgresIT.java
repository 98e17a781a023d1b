package org.newsportal.article;

import org.newsportal.OnPostgres;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The related-article queries, on PostgreSQL.
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RelatedArticlesPostgresIT extends RelatedArticlesTests {

}
