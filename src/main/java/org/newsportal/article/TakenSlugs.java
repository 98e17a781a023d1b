package org.newsportal.article;

import java.util.Collection;
import java.util.List;

/**
 * Which of many candidate addresses are taken, asked in plain statements: through
 * Hibernate a list parameter made the query be translated again at every import (10 % of
 * the storing stage).
 */
public interface TakenSlugs {

	/**
	 * The slugs among these that an article has.
	 */
	List<String> findTakenSlugs(Collection<String> slugs);

}
