package org.newsportal.article;

import java.util.List;

/**
 * An article with what its page links to: the newer and older item in reading order
 * (either may be null) and the first other items of the same day.
 *
 * @param sameDayTotal how many other items the day has, of which {@code sameDay} are the
 * first few
 */
public record ArticleInContext(ArticleDetail article, ArticleCard newer, ArticleCard older, List<ArticleCard> sameDay,
		int sameDayTotal) {

}
