package org.newsportal.correction;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AliasRepository extends Repository<ArticleAlias, String> {

	ArticleAlias save(ArticleAlias alias);

	Optional<ArticleAlias> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Modifying
	@Query("delete from ArticleAlias a where a.slug = :slug")
	int deleteBySlug(@Param("slug") String slug);

	/**
	 * Keeps the addresses a bulletin's articles have before a re-import replaces them, in
	 * one statement whatever the page's size.
	 */
	@Modifying
	@Query(value = """
			insert into article_alias (slug, bulletin_id, position, created_at)
			select a.slug, a.bulletin_id, a.position, :now from article a
			where a.bulletin_id = :bulletinId and not exists (select 1 from article_alias x where x.slug = a.slug)""",
			nativeQuery = true)
	int keepAddresses(@Param("bulletinId") long bulletinId, @Param("now") Instant now);

	/** Drops the aliases that are an article's address again. */
	@Modifying
	@Query(value = """
			delete from article_alias where bulletin_id = :bulletinId
			and exists (select 1 from article a where a.slug = article_alias.slug)""", nativeQuery = true)
	int dropAddressesInUse(@Param("bulletinId") long bulletinId);

}
