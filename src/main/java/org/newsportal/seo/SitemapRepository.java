package org.newsportal.seo;

import java.util.List;

import org.newsportal.article.Article;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the sitemap lists, as bare keys and import times: the sitemap names every page, so
 * it must not load every article.
 */
interface SitemapRepository extends Repository<Article, Long> {

	@Query("select new org.newsportal.seo.Stamped(a.slug, coalesce(a.modifiedAt, a.createdAt)) from Article a order by a.date desc, a.id asc")
	List<Stamped> findArticles();

	@Query("select new org.newsportal.seo.DayStamped(a.date, max(coalesce(a.modifiedAt, a.createdAt))) from Article a group by a.date order by a.date desc")
	List<DayStamped> findDays();

	@Query("""
			select new org.newsportal.seo.Stamped(b.name, max(coalesce(a.modifiedAt, a.createdAt))) from Article a join a.bylines b
			group by b.name order by b.name asc""")
	List<Stamped> findReporters();

}
