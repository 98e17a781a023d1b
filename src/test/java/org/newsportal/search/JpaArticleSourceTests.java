package org.newsportal.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.bulletin.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many articles the index reads back at once: as many as fit about two million
 * characters, so a rebuild over pages of articles at the 100,000-character limit does not
 * hold hundreds of them in memory.
 */
class JpaArticleSourceTests {

	@Test
	void shortArticlesAreReadFiveHundredAtATime() {
		assertThat(JpaArticleSource.nextSize(articlesOf(800))).isEqualTo(500);
	}

	@Test
	void longArticlesAreReadFewerAtATime() {
		assertThat(JpaArticleSource.nextSize(articlesOf(10_000))).isEqualTo(200);
		assertThat(JpaArticleSource.nextSize(articlesOf(100_000))).isEqualTo(20);
	}

	private static List<IndexedArticle> articlesOf(int characters) {
		IndexedArticle article = new IndexedArticle(1, 1, "slug", ItemKind.ARTICLE, "标题", null,
				LocalDate.of(2024, 3, 11), "字".repeat(characters), List.of());
		return Collections.nCopies(10, article);
	}

}
