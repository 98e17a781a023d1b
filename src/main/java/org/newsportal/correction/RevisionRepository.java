package org.newsportal.correction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RevisionRepository extends Repository<ArticleRevision, Long> {

	ArticleRevision save(ArticleRevision revision);

	List<ArticleRevision> findByBulletinIdAndPositionOrderByNumberDesc(long bulletinId, int position);

	Optional<ArticleRevision> findByBulletinIdAndPositionAndNumber(long bulletinId, int position, int number);

	Optional<ArticleRevision> findFirstByBulletinIdAndPositionOrderByNumberDesc(long bulletinId, int position);

	@Query("select r from ArticleRevision r where r.bulletinId = :bulletinId and r.position = :position and r.kind = :kind order by r.number")
	List<ArticleRevision> findOfKind(@Param("bulletinId") long bulletinId, @Param("position") int position,
			@Param("kind") RevisionKind kind);

	/**
	 * The positions of a bulletin's articles whose latest version is an editor's, not the
	 * page's: those a re-import must not replace unasked.
	 */
	@Query("""
			select r.position from ArticleRevision r where r.bulletinId = :bulletinId
			and r.kind not in (org.newsportal.correction.RevisionKind.IMPORTED, org.newsportal.correction.RevisionKind.REIMPORT_TAKEN)
			and r.number = (select max(x.number) from ArticleRevision x where x.bulletinId = r.bulletinId and x.position = r.position)""")
	List<Integer> findEditedPositions(@Param("bulletinId") long bulletinId);

	/** Visible corrections of articles that are still there, newest first. */
	@Query("""
			select new org.newsportal.correction.CorrectionEntry(a.slug, a.title, r.note, r.createdAt)
			from ArticleRevision r, Article a
			where a.bulletin.id = r.bulletinId and a.position = r.position
			and r.kind = org.newsportal.correction.RevisionKind.CORRECTION
			order by r.createdAt desc, r.id desc""")
	List<CorrectionEntry> findNewestCorrections(Pageable pageable);

}
