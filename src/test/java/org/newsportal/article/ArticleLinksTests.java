package org.newsportal.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsportal.bulletin.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleLinksTests {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 11);

	@Test
	void anAddressIsTheDateAndAShortHashOfKindAndHeadline() {
		// Published addresses must not move between releases: these are the values the
		// scheme has always given (the first eight hex digits of SHA-256 of
		// "KIND\ntitle").
		assertThat(ArticleLinks.slug(DAY, ItemKind.ARTICLE, "高新区召开会议")).isEqualTo("2024-03-11-4fbd137a");
		assertThat(ArticleLinks.slug(DAY, ItemKind.PHOTO, "春耕")).isEqualTo("2024-03-11-3c1e17de");
	}

	@Test
	void theKindAndTheDateTellOtherwiseEqualHeadlinesApart() {
		String article = ArticleLinks.slug(DAY, ItemKind.ARTICLE, "春耕");
		assertThat(ArticleLinks.slug(DAY, ItemKind.PHOTO, "春耕")).isNotEqualTo(article);
		assertThat(ArticleLinks.slug(DAY.plusDays(1), ItemKind.ARTICLE, "春耕")).startsWith("2024-03-12-")
			.endsWith(article.substring("2024-03-11".length()));
	}

	@Test
	void numberedVariantsBelongToTheirBaseOnly() {
		String base = "2024-03-11-4fbd137a";
		assertThat(ArticleLinks.numbered(base, 2)).isEqualTo(base + "-2");
		assertThat(ArticleLinks.isOf(base, base)).isTrue();
		assertThat(ArticleLinks.isOf(ArticleLinks.numbered(base, 12), base)).isTrue();
		assertThat(ArticleLinks.isOf(base + "-x", base)).isFalse();
		assertThat(ArticleLinks.isOf(base + "-", base)).isFalse();
		assertThat(ArticleLinks.isOf("2024-03-11-4fbd137b", base)).isFalse();
		assertThat(ArticleLinks.isOf(base + "0", base)).isFalse();
	}

	@Test
	void anArticleLivesUnderArticlesAndADayUnderDates() {
		assertThat(ArticleLinks.url("2024-03-11-4fbd137a")).isEqualTo("/articles/2024-03-11-4fbd137a");
		assertThat(ArticleLinks.day(DAY)).isEqualTo("/dates/2024-03-11");
	}

}
