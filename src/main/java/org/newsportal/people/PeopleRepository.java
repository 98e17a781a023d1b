package org.newsportal.people;

import java.util.Collection;
import java.util.List;

import org.newsportal.article.Article;
import org.newsportal.article.ArticleRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Reporters (the names in bylines) and people (the names in the text), counted and listed
 * by the database: every grouping and every page is done there, so a page costs the same
 * however many articles there are.
 */
interface PeopleRepository extends Repository<Article, Long> {

	/** The site's reading order, which the V5 index serves. */
	String READING_ORDER = ArticleRepository.READING_ORDER;

	// Reporters

	@Query("""
			select new org.newsportal.people.NameCount(b.name, count(distinct a.id)) from Article a join a.bylines b
			where b.name = :name group by b.name""")
	List<NameCount> countReporter(@Param("name") String name);

	@Query("""
			select new org.newsportal.people.RoleCount(b.name, b.role, count(distinct a.id)) from Article a join a.bylines b
			where b.name in :names group by b.name, b.role""")
	List<RoleCount> countRoles(@Param("names") Collection<String> names);

	// Page staff: 本版编辑, 美编, 校对 ... count pages (bulletins), not items

	/**
	 * Everyone a byline or a page's furniture credits, with the items and the pages
	 * credited to them: rows of name, items, pages, most credits first, then by name.
	 */
	@Query(value = """
			select name, sum(items) as items, sum(pages) as pages from (
			  select b.name as name, count(distinct b.article_id) as items, 0 as pages from article_byline b group by b.name
			  union all
			  select s.name as name, 0 as items, count(distinct s.bulletin_id) as pages from bulletin_staff s group by s.name
			) credits group by name order by sum(items) + sum(pages) desc, name asc""",
			countQuery = """
					select count(*) from (select b.name from article_byline b union select s.name from bulletin_staff s) names""",
			nativeQuery = true)
	Page<Object[]> countCredited(Pageable pageable);

	/** The pages whose furniture names the person. */
	@Query(value = "select count(distinct bulletin_id) from bulletin_staff where name = :name", nativeQuery = true)
	long countPages(@Param("name") String name);

	/** Rows of name, role and the number of pages naming them in that role. */
	@Query(value = "select name, role, count(distinct bulletin_id) from bulletin_staff where name in (:names) group by name, role",
			nativeQuery = true)
	List<Object[]> countPageRoles(@Param("names") Collection<String> names);

	@Query(value = "select new org.newsportal.people.Credited(a, b.role) from Article a join a.bylines b where b.name = :name"
			+ READING_ORDER, countQuery = "select count(b) from Article a join a.bylines b where b.name = :name")
	Page<Credited> findCredited(@Param("name") String name, Pageable pageable);

	// People named in the text

	@Query(value = """
			select new org.newsportal.people.NameCount(p.name, count(distinct a.id)) from Article a join a.people p
			group by p.name order by count(distinct a.id) desc, p.name asc""",
			countQuery = "select count(distinct p.name) from Article a join a.people p")
	Page<NameCount> countPeople(Pageable pageable);

	@Query("""
			select new org.newsportal.people.NameCount(p.name, count(distinct a.id)) from Article a join a.people p
			where p.name = :name group by p.name""")
	List<NameCount> countPerson(@Param("name") String name);

	/**
	 * The titles each person is given, as often as items give them; most frequent first.
	 */
	@Query("""
			select new org.newsportal.people.TitleCount(p.name, p.title, count(distinct a.id)) from Article a join a.people p
			where p.name in :names and p.title is not null and p.title <> ''
			group by p.name, p.title order by count(distinct a.id) desc, p.title asc""")
	List<TitleCount> countTitles(@Param("names") Collection<String> names);

	/**
	 * One row per item naming the person, even when it names them twice (once with a
	 * title, once among those present): present wins.
	 */
	@Query(value = """
			select new org.newsportal.people.Appearance(a.slug, a.title, a.kind, a.date,
			  max(case when p.present = true then 1 else 0 end), max(p.title))
			from Article a join a.people p where p.name = :name
			group by a.id, a.slug, a.title, a.kind, a.date, a.bulletin.id, a.position""" + READING_ORDER,
			countQuery = "select count(distinct a.id) from Article a join a.people p where p.name = :name")
	Page<Appearance> findAppearances(@Param("name") String name, Pageable pageable);

}
