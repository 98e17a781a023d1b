package org.newsportal.people;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsportal.article.Article;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.RelatedArticles;
import org.newsportal.article.change.BulletinsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporters, people and related articles over the seed bulletin as the real parser reads
 * it (imported at start-up).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeedPeopleTests {

	@Autowired
	private ReporterService reporters;

	@Autowired
	private PersonService people;

	@Autowired
	private RelatedArticles related;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CacheManager caches;

	@Autowired
	private ApplicationEventPublisher events;

	@Test
	void relatedListsAreForgottenWhenAnotherInstanceChangedTheBulletins() {
		String slug = this.articles.findAll().get(0).getSlug();
		Cache cache = this.caches.getCache(RelatedArticles.CACHE);
		List<ArticleCard> related = this.related.related(slug);
		assertThat(cache.get(slug)).isNotNull().extracting(Cache.ValueWrapper::get).isEqualTo(related);
		this.events.publishEvent(new BulletinsChanged("2:7"));
		assertThat(cache.get(slug)).isNull();
	}

	@Test
	void countsTheSeedsReportersByRole() {
		Reporter guo = this.reporters.reporter("郭树勋", 1, 20).orElseThrow();
		assertThat(guo.roles()).containsExactly(Map.entry("记者", 4L));
		Reporter fu = this.reporters.reporter("付凯明", 1, 20).orElseThrow();
		assertThat(fu.roles()).containsExactly(Map.entry("记者", 6L), Map.entry("摄影", 1L));
		assertThat(fu.total()).isEqualTo(7);
		Reporter ma = this.reporters.reporter("马雅宁", 1, 20).orElseThrow();
		assertThat(ma.items().items()).singleElement().satisfies((item) -> {
			assertThat(item.role()).isEqualTo("摄影");
			assertThat(item.article().isPhoto()).isTrue();
		});
		assertThat(this.reporters.reporters(1, 100).items()).first().extracting(ReporterSummary::name).isEqualTo("付凯明");
	}

	@Test
	void findsLvPeiInTheArticlesThatNameHim() {
		Set<String> naming = this.articles.findAll()
			.stream()
			.filter((article) -> article.getText().contains("吕沛"))
			.map(Article::getSlug)
			.collect(Collectors.toSet());
		Person lv = this.people.person("吕沛", 1, 100).orElseThrow();
		assertThat(naming).isNotEmpty();
		assertThat(lv.items().items()).extracting(Appearance::slug).containsExactlyInAnyOrderElementsOf(naming);
		assertThat(lv.titles()).isNotEmpty().allSatisfy((title) -> assertThat(title).doesNotContain("吕沛"));
	}

	@Test
	void organisationsAndTitlesAreNobody() {
		assertThat(this.people.person("高新区", 1, 20)).isEmpty();
		assertThat(this.reporters.reporter("高新区", 1, 20)).isEmpty();
		List<String> names = this.people.people(1, 100).items().stream().map(PersonSummary::name).toList();
		assertThat(names).isNotEmpty()
			.noneMatch((name) -> name.contains("高新区") || name.contains("领导") || name.contains("书记"));
	}

	@Test
	void relatesSeedItemsButNeverToThemselves() {
		for (Article article : this.articles.findAll()) {
			assertThat(this.related.related(article.getSlug())).hasSize(RelatedArticles.DEFAULT_LIMIT)
				.extracting(ArticleCard::slug)
				.doesNotContain(article.getSlug())
				.doesNotHaveDuplicates();
		}
	}

	@Test
	void rendersTheSeedsPages() {
		assertThat(this.mvc.get().uri("/reporters")).hasStatusOk().bodyText().contains(">付凯明</a>", ">马雅宁</a>");
		assertThat(this.mvc.get().uri("/reporters/马雅宁")).hasStatusOk().bodyText().contains("摄影 1 篇");
		assertThat(this.mvc.get().uri("/people/吕沛")).hasStatusOk().bodyText().contains("<h1>吕沛</h1>");
		assertThat(this.mvc.get().uri("/people/高新区")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/reporters/郭树勋")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.roles.记者")
			.isEqualTo(4);
	}

}
