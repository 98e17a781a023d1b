package org.newsportal.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Imported bulletins, found by their file name.
 */
public interface BulletinRepository extends JpaRepository<Bulletin, Long> {

	Optional<Bulletin> findByName(String name);

}
