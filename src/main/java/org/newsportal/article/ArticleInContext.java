package org.newsportal.article;

import java.time.Instant;
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
 * @param place where the article sits in its bulletin and when an editor last changed it,
 * for what is kept beside it (its corrections); {@code null} when not known
 */
public record ArticleInContext(ArticleDetail article, ArticleCard newer, ArticleCard older, List<ArticleCard> sameDay,
		int sameDayTotal, RelatedArticles.Subject subject, Place place) {

	public ArticleInContext(ArticleDetail article, ArticleCard newer, ArticleCard older, List<ArticleCard> sameDay,
			int sameDayTotal) {
		this(article, newer, older, sameDay, sameDayTotal, null, null);
	}

	/**
	 * An article's place in its bulletin, which survives a re-import, and its last edit.
	 */
	public record Place(long bulletinId, int position, Instant modifiedAt) {

		static Place of(Article article) {
			return new Place(article.getBulletin().getId(), article.getPosition(), article.getModifiedAt());
		}

	}

}
