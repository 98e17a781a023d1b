package org.newsportal.correction;

import java.util.Optional;

import org.newsportal.article.Article;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The articles as corrections need them: by address and by their place in a bulletin.
 */
interface CorrectedArticles extends Repository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select a from Article a where a.bulletin.id = :bulletinId and a.position = :position")
	Optional<Article> findAt(@Param("bulletinId") long bulletinId, @Param("position") int position);

	void delete(Article article);

}
