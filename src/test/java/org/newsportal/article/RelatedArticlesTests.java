package org.newsportal.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.bulletin.ItemKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.article.SeedShapedArticles.present;

/**
 * The related articles over {@link SeedShapedArticles}, the fixture the people queries
 * are tested over too.
 */
@DataJpaTest
@Import(RelatedArticles.class)
class RelatedArticlesTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private RelatedArticles related;

	private SeedShapedArticles fixture;

	@BeforeEach
	void setUp() {
		this.fixture = SeedShapedArticles.store(this.entities);
	}

	@Test
	void ranksRelatedBySharedPeopleThenReportersDateAndHeadline() {
		assertThat(this.related.related("lead")).extracting(ArticleCard::slug)
			.containsExactly("city", "women", "road", "bank", "photo");
		assertThat(this.related.related("lead", 2)).extracting(ArticleCard::slug).containsExactly("city", "women");
	}

	@Test
	void relatedIsNeverTheArticleItselfNorAnUnrelatedOne() {
		assertThat(this.related.related("road", 20)).extracting(ArticleCard::slug)
			.doesNotContain("road", "old")
			.startsWith("city", "lead");
		assertThat(this.related.related("old")).isEmpty();
		assertThat(this.related.related("nope")).isEmpty();
		assertThat(this.related.related("lead", 0)).isEmpty();
	}

	@Test
	void findsTheNearestOfManyItemsNamingTheSamePersonAndTheRareLinkFirst() {
		// More items name the mayor than are looked at on either side of the article
		int many = 2 * RelatedArticles.NEAREST_PER_NAME + 40;
		int middle = many / 2;
		LocalDate start = LocalDate.of(2010, 1, 1);
		article("far", ItemKind.ARTICLE, "远", start.minusYears(5), List.of(), List.of(present("常见"), present("罕见")));
		for (int i = 0; i < many; i++) {
			List<Mention> named = (i == middle) ? List.of(present("常见"), present("罕见")) : List.of(present("常见"));
			// One character each: no headline bigrams in common
			article("item-" + i, ItemKind.ARTICLE, String.valueOf((char) ('甲' + i)), start.plusDays(30L * i), List.of(),
					named);
		}
		this.entities.flush();
		this.entities.clear();
		assertThat(this.related.related("item-" + middle, 3)).extracting(ArticleCard::slug)
			.containsExactly("far", "item-" + (middle + 1), "item-" + (middle - 1));
		assertThat(this.related.related("item-" + middle, 20)).extracting(ArticleCard::slug)
			.doesNotContain("item-0", "item-" + (many - 1));
	}

	@Test
	void looksUpThePeopleAnArticleNamesFirst() {
		// Named first, and after the twelve others in the order of the characters
		List<Mention> named = new ArrayList<>(List.of(present("龙")));
		for (int i = 1; i <= RelatedArticles.NAMES_LOOKED_UP; i++) {
			named.add(present("丁" + i));
		}
		article("crowded", ItemKind.ARTICLE, "甲", LocalDate.of(2015, 6, 1), List.of(), named);
		article("dragon", ItemKind.ARTICLE, "乙", LocalDate.of(2012, 6, 1), List.of(), List.of(present("龙")));
		this.entities.flush();
		this.entities.clear();
		assertThat(this.related.related("crowded")).extracting(ArticleCard::slug).containsExactly("dragon");
	}

	@Test
	void breaksTiesDeterministically() {
		LocalDate day = LocalDate.of(2022, 6, 1);
		article("tie-c", ItemKind.ARTICLE, "同一标题", day, List.of(), List.of());
		article("tie-a", ItemKind.ARTICLE, "同一标题", day, List.of(), List.of());
		article("tie-b", ItemKind.ARTICLE, "同一标题", day, List.of(), List.of());
		this.entities.flush();
		this.entities.clear();
		assertThat(this.related.related("tie-b")).extracting(ArticleCard::slug).containsExactly("tie-a", "tie-c");
		assertThat(this.related.related("tie-a")).extracting(ArticleCard::slug).containsExactly("tie-b", "tie-c");
	}

	@Test
	void headlinesAreComparedByCharacterBigrams() {
		assertThat(RelatedArticles.bigrams("高新区 会议")).containsExactlyInAnyOrder("高新", "新区", "会议");
		assertThat(RelatedArticles.similarity(RelatedArticles.bigrams("高新区会议"), RelatedArticles.bigrams("高新区会议")))
			.isEqualTo(1.0);
		assertThat(RelatedArticles.similarity(RelatedArticles.bigrams("高新区"), RelatedArticles.bigrams("妇女节"))).isZero();
	}

	private void article(String slug, ItemKind kind, String title, LocalDate date, List<Credit> bylines,
			List<Mention> people) {
		this.fixture.article(slug, kind, title, date, bylines, people);
	}

}
