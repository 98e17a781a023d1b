package org.newsportal.site;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.RelatedArticles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article page that nothing has cached reads its article once: the page, its
 * neighbours and its related items all start from that one read (counted with Hibernate's
 * statistics, on the seed bulletin imported at start-up).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticlePageLoadTests {

	/** A query that finds an article by its slug. */
	private static final Pattern BY_SLUG = Pattern.compile("(?is)\\bwhere\\b.*\\bslug\\s*=");

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private CacheManager caches;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void anUncachedArticlePageReadsItsArticleOnce() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			String slug = this.articles.findAll().get(0).getSlug();
			this.caches.getCache(RelatedArticles.CACHE).clear();
			statistics.clear();
			// A query string of its own, so the page cache has not kept this address
			assertThat(this.mvc.get().uri("/articles/" + slug + "?load=" + System.nanoTime())).hasStatusOk();
			List<String> queries = Arrays.asList(statistics.getQueries());
			long bySlug = queries.stream()
				.filter((query) -> BY_SLUG.matcher(query).find())
				.mapToLong((query) -> statistics.getQueryStatistics(query).getExecutionCount())
				.sum();
			assertThat(bySlug).as("article reads by slug among %s", queries).isOne();
		}
		finally {
			statistics.clear();
			statistics.setStatisticsEnabled(enabled);
		}
	}

}
