package org.newsportal.correction;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RemovalRepository extends Repository<ArticleRemoval, Long> {

	ArticleRemoval save(ArticleRemoval removal);

	Optional<ArticleRemoval> findBySlug(String slug);

	Optional<ArticleRemoval> findFirstByBulletinIdAndPosition(long bulletinId, int position);

	boolean existsBySlug(String slug);

}
