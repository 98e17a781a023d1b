package org.newsportal.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Imported bulletins, found by their file name.
 */
public interface BulletinRepository extends JpaRepository<Bulletin, Long> {

	Optional<Bulletin> findByName(String name);

	/**
	 * The highest revision; the next import takes the one after it. Two concurrent
	 * imports may take the same number, which is harmless: each still raises its own
	 * bulletin's revision and the sum of all of them.
	 */
	@Query("select coalesce(max(b.revision), 0) from Bulletin b")
	long findMaxRevision();

	/** Who made the page ({@code 本版编辑}, {@code 美编}, ...), in the order it prints them. */
	@Query("select s from Bulletin b join b.staff s where b.id = :id order by index(s)")
	List<Credit> findStaff(@Param("id") long bulletinId);

}
