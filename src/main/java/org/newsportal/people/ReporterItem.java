package org.newsportal.people;

import org.newsportal.article.ArticleCard;

/**
 * An item in a reporter's list and the role they had on it.
 */
public record ReporterItem(String role, ArticleCard article) {

}
