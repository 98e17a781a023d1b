package org.newsportal.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.newsportal.article.Article;
import org.newsportal.article.Credit;
import org.newsportal.bulletin.ItemKind;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The article queries indexing needs, kept here rather than in the article repository.
 */
interface IndexedArticles extends Repository<Article, Long> {

	/**
	 * What the index needs of an article without its Markdown and HTML, which are two
	 * thirds of its weight; the bylines come from {@link #findBylines}.
	 */
	String ROW = "select new org.newsportal.search.IndexedArticles$Row(a.id, a.bulletin.id, a.position, a.slug, a.kind, "
			+ "a.title, a.subtitle, a.date, a.text, a.bulletin.revision) from Article a ";

	@Query(ROW + "where a.bulletin.id = :bulletinId and a.position > :after order by a.position")
	List<Row> findInBulletinAfter(@Param("bulletinId") long bulletinId, @Param("after") int after, Limit limit);

	@Query(ROW + "where a.id > :after order by a.id")
	List<Row> findAfter(@Param("after") long after, Limit limit);

	@Query("select a.id as articleId, c.name as name, c.role as role from Article a join a.bylines c "
			+ "where a.id in :ids order by a.id, index(c)")
	List<Byline> findBylines(@Param("ids") Collection<Long> ids);

	record Row(long id, long bulletinId, int position, String slug, ItemKind kind, String title, String subtitle,
			LocalDate date, String text, long bulletinRevision) {

		IndexedArticle with(List<Credit> bylines) {
			return new IndexedArticle(this.id, this.bulletinId, this.position, this.slug, this.kind, this.title,
					this.subtitle, this.date, this.text, bylines, this.bulletinRevision);
		}

	}

	interface Byline {

		long getArticleId();

		String getName();

		String getRole();

	}

	@Query("select b.id as id, b.revision as revision from Bulletin b")
	List<BulletinRevision> bulletinRevisions();

	interface BulletinRevision {

		long getId();

		long getRevision();

	}

}
