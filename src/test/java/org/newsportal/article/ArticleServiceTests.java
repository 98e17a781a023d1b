package org.newsportal.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.bulletin.ItemKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(ArticleService.class)
class ArticleServiceTests {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 11);

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ArticleService service;

	@BeforeEach
	void aDayOfManyItems() {
		this.entities.getEntityManager().createQuery("delete from Article").executeUpdate();
		this.entities.getEntityManager().createQuery("delete from Bulletin").executeUpdate();
		Bulletin bulletin = new Bulletin("archive.md");
		bulletin.update("hash", null, null, null, "UTF-8", Instant.EPOCH, "test", 30, "{}");
		this.entities.persist(bulletin);
		for (int i = 0; i < 30; i++) {
			this.entities.persist(new Article(bulletin, i, "item-" + i, ItemKind.ARTICLE, "第" + i + "条", null, DAY,
					true, null, "", null, "正文。", "<p>正文。</p>", "正文。", Instant.EPOCH, List.of(), List.of()));
		}
		this.entities.flush();
		this.entities.clear();
	}

	@Test
	void anArticlePageListsOnlyTheFirstItemsOfABusyDayAndHowManyThereAre() {
		ArticleInContext found = this.service.findInContext("item-3").orElseThrow();
		assertThat(found.sameDay()).hasSize(ArticleService.MAX_SAME_DAY)
			.extracting(ArticleCard::slug)
			.doesNotContain("item-3")
			.startsWith("item-0", "item-1", "item-2", "item-4");
		assertThat(found.sameDayTotal()).isEqualTo(29);
	}

}
