package org.newsportal.article;

import java.util.List;

/**
 * An article with what its page links to: the newer and older item in reading order
 * (either may be null) and the other items of the same day.
 */
public record ArticleInContext(ArticleDetail article, ArticleCard newer, ArticleCard older, List<ArticleCard> sameDay) {

}
