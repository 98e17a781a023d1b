package org.newsportal.feed;

import java.util.List;

import org.newsportal.article.Article;
import org.newsportal.article.ArticleRepository;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The newest items for the feeds, in reading order: a feed shows what the front page
 * shows, in the same order.
 */
interface FeedRepository extends Repository<Article, Long> {

	/** The site's reading order, which the V5 index serves. */
	String READING_ORDER = ArticleRepository.READING_ORDER;

	@Query("select a from Article a" + READING_ORDER)
	List<Article> findNewest(Limit limit);

	/**
	 * A reporter's newest items, each once even when the byline names them twice.
	 */
	@Query("select a from Article a where a.id in (select c.id from Article c join c.bylines b where b.name = :name)"
			+ READING_ORDER)
	List<Article> findNewestCrediting(@Param("name") String name, Limit limit);

	/**
	 * The newest items printed on pages of one name ({@code 要闻}), in the order their
	 * issues and pages printed them.
	 */
	@Query("""
			select a from Article a, PrintedPage p where p.bulletinId = a.bulletin.id and p.pageName = :name
			order by p.issueDate desc, p.edition asc, p.section asc, p.number asc, a.position asc""")
	List<Article> findNewestOnPage(@Param("name") String name, Limit limit);

}
