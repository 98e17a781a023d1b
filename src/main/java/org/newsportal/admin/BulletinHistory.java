package org.newsportal.admin;

import org.newsportal.article.Bulletin;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The editors' view of the stored bulletins: lists load only what the history shows, not
 * the source texts.
 */
interface BulletinHistory extends Repository<Bulletin, Long> {

	@Query(value = """
			select new org.newsportal.admin.BulletinRow(b.id, b.name, b.title, b.issueDate, b.source,
			  b.importedAt, b.importedBy, b.itemCount)
			from Bulletin b order by b.importedAt desc, b.id desc""", countQuery = "select count(b) from Bulletin b")
	Page<BulletinRow> findLatestFirst(Pageable pageable);

	boolean existsByName(String name);

}
