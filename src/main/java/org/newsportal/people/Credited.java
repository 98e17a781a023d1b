package org.newsportal.people;

import org.newsportal.article.Article;

/**
 * An article and the role a reporter had on it.
 */
record Credited(Article article, String role) {

}
