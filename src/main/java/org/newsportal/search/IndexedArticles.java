package org.newsportal.search;

import java.util.List;

import org.newsportal.article.Article;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The article queries indexing needs, kept here rather than in the article repository.
 */
interface IndexedArticles extends Repository<Article, Long> {

	@Query("select a from Article a where a.bulletin.id = :bulletinId and a.position > :after order by a.position")
	List<Article> findInBulletinAfter(@Param("bulletinId") long bulletinId, @Param("after") int after, Limit limit);

	@Query("select a from Article a where a.id > :after order by a.id")
	List<Article> findAfter(@Param("after") long after, Limit limit);

	/**
	 * Revisions only grow, so the count and the sum of revisions change with every
	 * import, replacement or deletion: two numbers from the small bulletin table.
	 */
	@Query("select count(b) as count, coalesce(sum(b.revision), 0) as revisionSum from Bulletin b")
	BulletinsFingerprint bulletinsFingerprint();

	@Query("select b.id as id, b.revision as revision from Bulletin b")
	List<BulletinRevision> bulletinRevisions();

	interface BulletinsFingerprint {

		long getCount();

		long getRevisionSum();

	}

	interface BulletinRevision {

		long getId();

		long getRevision();

	}

}
