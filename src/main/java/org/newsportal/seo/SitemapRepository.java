package org.newsportal.seo;

import java.time.Instant;
import java.util.List;

import org.newsportal.article.Article;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the sitemap lists, as bare keys and import times, a sitemap file's worth at a
 * time: the sitemap names every page, so it must not load every article.
 */
interface SitemapRepository extends Repository<Article, Long> {

	/** In the order they were stored, so a file's addresses stay in it as more come. */
	@Query("select new org.newsportal.seo.Stamped(a.slug, coalesce(a.modifiedAt, a.createdAt)) from Article a order by a.id asc")
	List<Stamped> findArticles(Pageable pageable);

	@Query("select count(a) from Article a")
	long countArticles();

	@Query("select max(coalesce(a.modifiedAt, a.createdAt)) from Article a")
	Instant findLatestChange();

	@Query("select new org.newsportal.seo.DayStamped(a.date, max(coalesce(a.modifiedAt, a.createdAt))) from Article a group by a.date order by a.date desc")
	List<DayStamped> findDays(Pageable pageable);

	@Query("select count(distinct a.date) from Article a")
	long countDays();

	@Query("""
			select new org.newsportal.seo.Stamped(b.name, max(coalesce(a.modifiedAt, a.createdAt))) from Article a join a.bylines b
			group by b.name order by b.name asc""")
	List<Stamped> findReporters(Pageable pageable);

	@Query("select count(distinct b.name) from Article a join a.bylines b")
	long countReporters();

}
