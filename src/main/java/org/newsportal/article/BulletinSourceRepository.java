package org.newsportal.article;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Bulletins' source texts, by bulletin id.
 */
public interface BulletinSourceRepository extends JpaRepository<BulletinSource, Long> {

}
