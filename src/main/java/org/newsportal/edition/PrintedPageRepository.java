package org.newsportal.edition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The printed pages, by issue and by page.
 */
interface PrintedPageRepository extends JpaRepository<PrintedPage, Long> {

	String PAGE_ORDER = " order by p.edition asc, p.section asc, p.number asc";

	@Query("""
			select p from PrintedPage p where p.edition = :edition and p.issueDate = :date
			  and p.section = :section and p.number = :number""")
	Optional<PrintedPage> findPage(@Param("edition") String edition, @Param("date") LocalDate date,
			@Param("section") String section, @Param("number") int number);

	@Query("select max(p.number) from PrintedPage p where p.edition = :edition and p.issueDate = :date and p.section = ''")
	Optional<Integer> findHighestNumber(@Param("edition") String edition, @Param("date") LocalDate date);

	@Query("select p from PrintedPage p where p.issueDate = :date" + PAGE_ORDER)
	List<PrintedPage> findByIssueDate(@Param("date") LocalDate date);

	@Query("select p from PrintedPage p where p.edition = :edition and p.issueDate = :date" + PAGE_ORDER)
	List<PrintedPage> findIssue(@Param("edition") String edition, @Param("date") LocalDate date);

	@Query("select distinct p.issueDate from PrintedPage p order by p.issueDate desc")
	List<LocalDate> findIssueDates();

	@Query("""
			select new org.newsportal.edition.IssueDay(p.issueDate, count(p)) from PrintedPage p
			where p.issueDate >= :from and p.issueDate < :to group by p.issueDate order by p.issueDate asc""")
	List<IssueDay> countPagesByDay(@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("select max(p.issueDate) from PrintedPage p")
	Optional<LocalDate> findLatestIssueDate();

	@Query("select max(p.issueDate) from PrintedPage p where p.edition = :edition and p.issueDate < :date")
	Optional<LocalDate> findIssueBefore(@Param("edition") String edition, @Param("date") LocalDate date);

	@Query("select min(p.issueDate) from PrintedPage p where p.edition = :edition and p.issueDate > :date")
	Optional<LocalDate> findIssueAfter(@Param("edition") String edition, @Param("date") LocalDate date);

	@Query("select max(p.issueDate) from PrintedPage p where p.issueDate < :date")
	Optional<LocalDate> findAnyIssueBefore(@Param("date") LocalDate date);

	@Query("select min(p.issueDate) from PrintedPage p where p.issueDate > :date")
	Optional<LocalDate> findAnyIssueAfter(@Param("date") LocalDate date);

	@Query("select p from PrintedPage p where p.bulletinId = (select b.id from Bulletin b where b.name = :name)")
	Optional<PrintedPage> findByBulletinName(@Param("name") String name);

	@Query("""
			select new org.newsportal.edition.Headline(a.bulletin.id, a.slug, a.title, a.kind, a.position)
			from Article a where a.bulletin.id in :bulletins order by a.bulletin.id asc, a.position asc""")
	List<Headline> findHeadlines(@Param("bulletins") Collection<Long> bulletins);

	@Query("select b.name from Bulletin b where b.id = :id")
	Optional<String> findBulletinName(@Param("id") Long id);

	@Query("select p from PrintedPage p order by p.issueDate desc, p.edition asc, p.section asc, p.number asc")
	List<PrintedPage> findNewest(Limit limit);

	@Query("""
			select p from PrintedPage p where p.pageName = :name
			order by p.issueDate desc, p.edition asc, p.section asc, p.number asc""")
	List<PrintedPage> findByPageName(@Param("name") String name, Limit limit);

	@Query("select count(distinct p.issueDate) from PrintedPage p")
	long countIssueDates();

}
