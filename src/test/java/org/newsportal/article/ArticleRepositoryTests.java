package org.newsportal.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.bulletin.ItemKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class ArticleRepositoryTests {

	private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

	private static final LocalDate MARCH_7 = LocalDate.of(2024, 3, 7);

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ArticleRepository articles;

	private Bulletin bulletin;

	@BeforeEach
	void setUp() {
		// A shared database (PostgreSQL in CI) may hold other tests' bulletins; this
		// transaction is rolled back, so clearing it here costs them nothing.
		this.entities.getEntityManager().createQuery("delete from Article").executeUpdate();
		this.entities.getEntityManager().createQuery("delete from Bulletin").executeUpdate();
		this.bulletin = new Bulletin("page.md");
		this.bulletin.update("hash", null, null, null, "UTF-8", Instant.EPOCH, "test", 4, "{}");
		this.entities.persist(this.bulletin);
		article(0, "lead", MARCH_7);
		article(1, "second", MARCH_7);
		article(2, "older", MARCH_5);
		article(3, "third", MARCH_7);
		this.entities.flush();
		this.entities.clear();
	}

	@Test
	void findsWhichSlugsAreTakenInListsOfAnyLength() {
		assertThat(this.articles.findTakenSlugs(List.of("lead", "free", "older"))).as("three, sent as four")
			.containsExactlyInAnyOrder("lead", "older");
		assertThat(this.articles.findTakenSlugs(List.of("older"))).containsExactly("older");
		assertThat(this.articles.findTakenSlugs(List.of())).isEmpty();
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 1_100; i++) {
			many.add("free-" + i);
		}
		many.add("third");
		assertThat(this.articles.findTakenSlugs(many)).as("in three statements").containsExactly("third");
	}

	@Test
	void countsItemsPerDateNewestFirst() {
		assertThat(this.articles.countByDate()).containsExactly(new DateCount(MARCH_7, 3), new DateCount(MARCH_5, 1));
	}

	@Test
	void findsNeighbouringDates() {
		assertThat(this.articles.findLatestDate()).contains(MARCH_7);
		assertThat(this.articles.findDateBefore(MARCH_7)).contains(MARCH_5);
		assertThat(this.articles.findDateBefore(MARCH_5)).isEmpty();
		assertThat(this.articles.findDateAfter(MARCH_5)).contains(MARCH_7);
		assertThat(this.articles.findDateAfter(LocalDate.of(2024, 3, 6))).contains(MARCH_7);
		assertThat(this.articles.findDateAfter(MARCH_7)).isEmpty();
	}

	@Test
	void listsInReadingOrder() {
		List<String> slugs = this.articles.findInReadingOrder(PageRequest.of(0, 10)).map(Article::getSlug).toList();
		assertThat(slugs).containsExactly("lead", "second", "third", "older");
		assertThat(this.articles.findByDateInReadingOrder(MARCH_5, PageRequest.of(0, 10)).getTotalElements())
			.isEqualTo(1);
	}

	@Test
	void findsNeighboursInReadingOrder() {
		assertThat(this.articles.findAfter(MARCH_7, this.bulletin.getId(), 1, Limit.of(1))).extracting(Article::getSlug)
			.containsExactly("third");
		assertThat(this.articles.findAfter(MARCH_7, this.bulletin.getId(), 3, Limit.of(1))).extracting(Article::getSlug)
			.containsExactly("older");
		assertThat(this.articles.findBefore(MARCH_5, this.bulletin.getId(), 2, Limit.of(1)))
			.extracting(Article::getSlug)
			.containsExactly("third");
		assertThat(this.articles.findBefore(MARCH_7, this.bulletin.getId(), 0, Limit.of(1))).isEmpty();
	}

	@Test
	void keepsBylinesAndPeopleInOrder() {
		Article lead = this.articles.findBySlug("lead").orElseThrow();
		assertThat(lead.getBylines()).containsExactly(new Credit("郭树勋", "记者"), new Credit("刘晋丽", "通讯员"));
		assertThat(lead.getPeople()).extracting(Mention::name).containsExactly("古冰涛", "郑侃");
	}

	@Test
	void deletingABulletinsArticlesTakesTheirBylinesAlong() {
		assertThat(this.articles.deleteByBulletin(this.entities.find(Bulletin.class, this.bulletin.getId())))
			.isEqualTo(4);
		assertThat(this.articles.count()).isZero();
		assertThat(this.entities.getEntityManager()
			.createNativeQuery("select count(*) from article_byline")
			.getSingleResult()).isEqualTo(0L);
	}

	private void article(int position, String slug, LocalDate date) {
		this.entities.persist(new Article(this.bulletin, position, slug, ItemKind.ARTICLE, "标题" + slug, null, date,
				true, "上午", "摘要", null, "正文", "<p>正文</p>", "正文", Instant.EPOCH,
				List.of(new Credit("郭树勋", "记者"), new Credit("刘晋丽", "通讯员")),
				List.of(new Mention("古冰涛", "高新区领导", true), new Mention("郑侃", "高新区领导", true))));
	}

}
