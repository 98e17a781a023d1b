package org.newsportal.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.Article;
import org.newsportal.article.Bulletin;
import org.newsportal.bulletin.ItemKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries behind aliases, revisions and the corrections page.
 */
@DataJpaTest
class CorrectionRepositoriesTests {

	private static final LocalDate MARCH_7 = LocalDate.of(2024, 3, 7);

	private static final Instant T0 = Instant.parse("2024-03-12T02:00:00Z");

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private AliasRepository aliases;

	@Autowired
	private RevisionRepository revisions;

	@Autowired
	private CorrectedArticles articles;

	private Bulletin bulletin;

	@BeforeEach
	void setUp() {
		// A shared database (PostgreSQL in CI) may hold other tests' rows; this
		// transaction is rolled back, so clearing it here costs them nothing.
		for (String entity : List.of("ArticleAlias", "ArticleRevision", "ArticleRemoval", "Article", "Bulletin")) {
			this.entities.getEntityManager().createQuery("delete from " + entity).executeUpdate();
		}
		this.bulletin = new Bulletin("page.md");
		this.bulletin.update("hash", null, null, null, "UTF-8", Instant.EPOCH, "test", 2, "{}");
		this.entities.persist(this.bulletin);
		article(0, "2024-03-07-aaaa0000", "头条");
		article(1, "2024-03-07-bbbb0000", "二条");
		this.entities.flush();
	}

	@Test
	void aReplacedBulletinKeepsEveryAddressOnceAndDropsThoseInUseAgain() {
		assertThat(this.aliases.keepAddresses(this.bulletin.getId(), T0)).isEqualTo(2);
		assertThat(this.aliases.keepAddresses(this.bulletin.getId(), T0)).isZero();
		// The re-import: the lead keeps its address, the second item's headline changed
		this.entities.getEntityManager().createQuery("delete from Article").executeUpdate();
		article(0, "2024-03-07-aaaa0000", "头条");
		article(1, "2024-03-07-cccc0000", "新二条");
		this.entities.flush();
		assertThat(this.aliases.dropAddressesInUse(this.bulletin.getId())).isEqualTo(1);
		assertThat(this.aliases.existsBySlug("2024-03-07-aaaa0000")).isFalse();
		ArticleAlias old = this.aliases.findBySlug("2024-03-07-bbbb0000").orElseThrow();
		assertThat(this.articles.findAt(old.getBulletinId(), old.getPosition()).orElseThrow().getSlug())
			.isEqualTo("2024-03-07-cccc0000");
	}

	@Test
	void anArticleIsEditedWhileItsLatestVersionIsAnEditors() {
		revision(0, 1, RevisionKind.IMPORTED, 0);
		revision(0, 2, RevisionKind.CORRECTION, 1);
		revision(1, 1, RevisionKind.IMPORTED, 0);
		revision(1, 2, RevisionKind.FIX, 1);
		revision(1, 3, RevisionKind.REIMPORT_TAKEN, 2);
		revision(2, 1, RevisionKind.IMPORTED, 0);
		revision(2, 2, RevisionKind.RESTORED, 1);
		assertThat(this.revisions.findEditedPositions(this.bulletin.getId())).containsExactlyInAnyOrder(0, 2);
		assertThat(this.revisions.findFirstByBulletinIdAndPositionOrderByNumberDesc(this.bulletin.getId(), 1))
			.map(ArticleRevision::getKind)
			.contains(RevisionKind.REIMPORT_TAKEN);
	}

	@Test
	void theCorrectionsPageListsVisibleCorrectionsOfArticlesStillThereNewestFirst() {
		revision(0, 1, RevisionKind.IMPORTED, 0);
		revision(0, 2, RevisionKind.CORRECTION, 1);
		revision(1, 1, RevisionKind.IMPORTED, 0);
		revision(1, 2, RevisionKind.CORRECTION, 3);
		revision(1, 3, RevisionKind.FIX, 4);
		// position 5 has no article any more
		revision(5, 1, RevisionKind.CORRECTION, 5);
		List<CorrectionEntry> newest = this.revisions.findNewestCorrections(PageRequest.of(0, 10));
		assertThat(newest).extracting(CorrectionEntry::slug)
			.containsExactly("2024-03-07-bbbb0000", "2024-03-07-aaaa0000");
		assertThat(newest.get(0).note()).isEqualTo("note 1/2");
		assertThat(newest.get(0).correctedAt()).isEqualTo(T0.plusSeconds(3));
	}

	private void article(int position, String slug, String title) {
		this.entities
			.persist(new Article(this.entities.getEntityManager().getReference(Bulletin.class, this.bulletin.getId()),
					position, slug, ItemKind.ARTICLE, title, null, MARCH_7, true, null, null, null, "正文。", "<p>正文。</p>",
					"正文。", Instant.EPOCH, List.of(), List.of()));
	}

	private void revision(int position, int number, RevisionKind kind, int seconds) {
		this.entities.persist(new ArticleRevision(this.bulletin.getId(), position, number, kind,
				"note " + position + "/" + number, "editor", T0.plusSeconds(seconds),
				new ArticleVersion("slug-" + position + "-" + number, "标题", null, MARCH_7, "记者 郭树勋", "正文。")));
		this.entities.flush();
	}

}
