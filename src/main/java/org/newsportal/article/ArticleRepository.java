package org.newsportal.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Articles in reading order: newest date first, then as the bulletin printed them.
 * <p>
 * The ordered queries do not fetch the bulletin with a join: with one, H2 read the
 * bulletin table first and sorted every article (bodies included) before taking a page,
 * which at 100,000 articles ran a 256 MB heap out of memory. Without it the reading-order
 * index (V5) gives the rows already sorted, and the bulletins are loaded in batches
 * ({@code @BatchSize} on {@link Bulletin}).
 */
public interface ArticleRepository extends JpaRepository<Article, Long>, TakenSlugs {

	String READING_ORDER = " order by a.date desc, a.bulletin.id asc, a.position asc";

	@EntityGraph(attributePaths = "bulletin")
	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query(value = "select a from Article a" + READING_ORDER, countQuery = "select count(a) from Article a")
	Page<Article> findInReadingOrder(Pageable pageable);

	@Query(value = "select a from Article a where a.date = :date" + READING_ORDER,
			countQuery = "select count(a) from Article a where a.date = :date")
	Page<Article> findByDateInReadingOrder(@Param("date") LocalDate date, Pageable pageable);

	@Query("select new org.newsportal.article.DateCount(a.date, count(a)) from Article a group by a.date order by a.date desc")
	List<DateCount> countByDate();

	@Query("select max(a.date) from Article a")
	Optional<LocalDate> findLatestDate();

	@Query("select max(a.date) from Article a where a.date < :date")
	Optional<LocalDate> findDateBefore(@Param("date") LocalDate date);

	@Query("select min(a.date) from Article a where a.date > :date")
	Optional<LocalDate> findDateAfter(@Param("date") LocalDate date);

	/**
	 * The articles that come before the given position in reading order, nearest first.
	 */
	@Query("""
			select a from Article a where a.date > :date
			  or (a.date = :date and (a.bulletin.id < :bulletinId
			    or (a.bulletin.id = :bulletinId and a.position < :position)))
			order by a.date asc, a.bulletin.id desc, a.position desc""")
	List<Article> findBefore(@Param("date") LocalDate date, @Param("bulletinId") Long bulletinId,
			@Param("position") int position, Limit limit);

	/**
	 * The articles that come after the given position in reading order, nearest first.
	 */
	@Query("""
			select a from Article a where a.date < :date
			  or (a.date = :date and (a.bulletin.id > :bulletinId
			    or (a.bulletin.id = :bulletinId and a.position > :position)))""" + READING_ORDER)
	List<Article> findAfter(@Param("date") LocalDate date, @Param("bulletinId") Long bulletinId,
			@Param("position") int position, Limit limit);

	List<Article> findByBulletinOrderByPositionAsc(Bulletin bulletin);

	@Query("select a.slug from Article a where a.bulletin.id = :bulletinId order by a.position")
	List<String> findSlugsByBulletin(@Param("bulletinId") long bulletinId);

	/**
	 * Deletes a bulletin's articles; the database deletes their bylines and people with
	 * them.
	 */
	@Modifying(flushAutomatically = true)
	@Query("delete from Article a where a.bulletin = :bulletin")
	int deleteByBulletin(@Param("bulletin") Bulletin bulletin);

}
