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
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The related articles over fixture articles shaped like the seed's (the same as
 * {@code people.PeopleQueriesTest}'s), so they do not depend on which parser filled the
 * tables.
 */
@DataJpaTest
@Import(RelatedArticles.class)
class RelatedArticlesTests {

	private static final String SECRETARY = "党工委书记";

	private static final String LONG_TITLE = "市政协副主席、高新区（示范区）党工委书记";

	private static final String LEADER = "高新区领导";

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private RelatedArticles related;

	private Bulletin bulletin;

	private int position;

	@BeforeEach
	void setUp() {
		// A shared PostgreSQL may hold what other tests committed; the test's transaction
		// rolls this back
		this.entities.getEntityManager().createQuery("delete from Article").executeUpdate();
		this.entities.getEntityManager().createQuery("delete from Bulletin").executeUpdate();
		this.bulletin = new Bulletin("page.md");
		this.bulletin.update("hash", null, null, null, "UTF-8", Instant.EPOCH, "test", 10, "{}");
		this.entities.persist(this.bulletin);
		article("lead", ItemKind.ARTICLE, "高新区党政联席会议召开", LocalDate.of(2024, 3, 11), List.of(new Credit("郭树勋", "记者")),
				List.of(mentioned("吕沛", SECRETARY), mentioned("官卫红", "管委会主任"), present("古冰涛"), present("郑侃")));
		article("city", ItemKind.ARTICLE, "高新区城改项目推进会议召开", LocalDate.of(2024, 3, 9), List.of(new Credit("郭树勋", "记者")),
				List.of(mentioned("吕沛", SECRETARY), present("古冰涛"), present("万英奎")));
		article("road", ItemKind.ARTICLE, "高新区召开山阳路项目建设指挥部第一次推进会", LocalDate.of(2024, 3, 6),
				List.of(new Credit("付凯明", "记者")), List.of(mentioned("官卫红", "管委会主任"), present("万英奎")));
		article("photo", ItemKind.PHOTO, "明仁药业有限公司生产车间的工人在操作机器", LocalDate.of(2024, 3, 10),
				List.of(new Credit("付凯明", "摄影"), new Credit("马雅宁", "摄影")), List.of());
		// Named twice in one item, with a title and among those present: one item,
		// present
		article("women", ItemKind.ARTICLE, "高新区召开纪念三八国际劳动妇女节暨表彰大会", LocalDate.of(2024, 3, 7),
				List.of(new Credit("付凯明", "记者"), new Credit("刘晋丽", "通讯员")),
				List.of(mentioned("吕沛", LONG_TITLE), new Mention("吕沛", null, true)));
		article("bank", ItemKind.ARTICLE, "行长陈志能到访高新区", LocalDate.of(2024, 3, 8), List.of(new Credit("付凯明", "记者")),
				List.of(mentioned("陈志能", "行长")));
		article("old", ItemKind.ARTICLE, "无关的旧闻", LocalDate.of(2023, 1, 1), List.of(new Credit("张三", "实习生")),
				List.of());
		this.entities.flush();
		this.entities.clear();
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

	private static Mention mentioned(String name, String title) {
		return new Mention(name, title, false);
	}

	private static Mention present(String name) {
		return new Mention(name, LEADER, true);
	}

	private void article(String slug, ItemKind kind, String title, LocalDate date, List<Credit> bylines,
			List<Mention> people) {
		this.entities.persist(new Article(this.bulletin, this.position++, slug, kind, title, null, date, true, null,
				"摘要", null, "正文", "<p>正文</p>", "正文", Instant.EPOCH, bylines, people));
	}

}
