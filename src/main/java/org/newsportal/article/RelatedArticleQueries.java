package org.newsportal.article;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The queries of {@link RelatedArticles}: each a short walk along an index, so an article
 * costs the same however large the archive grows.
 */
interface RelatedArticleQueries extends Repository<Article, Long> {

	// Candidates first, then what ranks them

	// Native, so that the order is the index's (name, article_id) of V6: the query
	// walks from the article outwards instead of sorting every item giving the name.
	// The name, fixed, is in the order all the same: H2 only walks an index in order when
	// the order names its columns from the first.

	@Query(value = "select article_id from article_person where name = :name and article_id < :id order by name desc, article_id desc",
			nativeQuery = true)
	List<Long> findIdsNamingBefore(@Param("name") String name, @Param("id") Long id, Limit limit);

	@Query(value = "select article_id from article_person where name = :name and article_id > :id order by name, article_id",
			nativeQuery = true)
	List<Long> findIdsNamingAfter(@Param("name") String name, @Param("id") Long id, Limit limit);

	@Query(value = "select article_id from article_byline where name = :name and article_id < :id order by name desc, article_id desc",
			nativeQuery = true)
	List<Long> findIdsCreditingBefore(@Param("name") String name, @Param("id") Long id, Limit limit);

	@Query(value = "select article_id from article_byline where name = :name and article_id > :id order by name, article_id",
			nativeQuery = true)
	List<Long> findIdsCreditingAfter(@Param("name") String name, @Param("id") Long id, Limit limit);

	@Query("select a.id from Article a where a.date >= :date and a.date <= :to and a.id <> :id order by a.date asc, a.id asc")
	List<Long> findIdsFrom(@Param("id") Long id, @Param("date") LocalDate date, @Param("to") LocalDate to, Limit limit);

	@Query("select a.id from Article a where a.date < :date and a.date >= :from order by a.date desc, a.id desc")
	List<Long> findIdsBefore(@Param("date") LocalDate date, @Param("from") LocalDate from, Limit limit);

	@Query("select new org.newsportal.article.Candidate(a.id, a.slug, a.title, a.date) from Article a where a.id in :ids")
	List<Candidate> findCandidates(@Param("ids") Collection<Long> ids);

	// The names of a few hundred articles, read by their primary key: asking for certain
	// names as well makes H2 walk the name index through every item naming the mayor

	/** Pairs of article id and name: the people these articles name. */
	@Query(value = "select article_id, name from article_person where article_id in :ids", nativeQuery = true)
	List<Object[]> findNamed(@Param("ids") Collection<Long> ids);

	/** Pairs of article id and name: the reporters these articles credit. */
	@Query(value = "select article_id, name from article_byline where article_id in :ids", nativeQuery = true)
	List<Object[]> findCredited(@Param("ids") Collection<Long> ids);

	@Query("select a from Article a join fetch a.bulletin where a.id in :ids")
	List<Article> findAllWithBulletin(@Param("ids") Collection<Long> ids);

}
