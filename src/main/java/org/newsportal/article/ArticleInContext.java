package org.newsportal.article;

import java.util.List;

/**
 * An article with what its page links to: the newer and older item in reading order
 * (either may be null) and the first other items of the same day.
 *
 * @param sameDayTotal how many other items the day has, of which {@code sameDay} are the
 * first few
 * @param subject what {@link RelatedArticles} finds related items by, taken from the
 * article as it was read for the page so that it is not read again; {@code null} when not
 * known
 */
public record ArticleInContext(ArticleDetail article, ArticleCard newer, ArticleCard older, List<ArticleCard> sameDay,
		int sameDayTotal, RelatedArticles.Subject subject) {

	public ArticleInContext(ArticleDetail article, ArticleCard newer, ArticleCard older, List<ArticleCard> sameDay,
			int sameDayTotal) {
		this(article, newer, older, sameDay, sameDayTotal, null);
	}

}
