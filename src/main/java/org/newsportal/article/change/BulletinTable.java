package org.newsportal.article.change;

import org.newsportal.article.Bulletin;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The one query the change signal needs, kept beside it.
 */
interface BulletinTable extends Repository<Bulletin, Long> {

	/**
	 * Revisions only grow, so the count and the sum of revisions change with every
	 * import, replacement or deletion: two numbers from the small bulletin table.
	 */
	@Query("select count(b) as count, coalesce(sum(b.revision), 0) as revisionSum from Bulletin b")
	Fingerprint fingerprint();

	interface Fingerprint {

		long getCount();

		long getRevisionSum();

	}

}
