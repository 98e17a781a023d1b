package org.newsportal.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsportal.ResultPage;
import org.newsportal.security.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ArticleApiController.class)
@Import(SecurityConfiguration.class)
class ArticleApiControllerTests {

	private static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);

	private static final ArticleCard CARD = new ArticleCard("2024-03-11-abcdef12", "/articles/2024-03-11-abcdef12",
			"高新区党政联席会议召开", null, "article", MARCH_11, "上午", List.of(new Credit("郭树勋", "记者")), List.of("古冰涛"),
			"3月11日上午，会议召开。", "seed.txt", null);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ArticleService articles;

	@MockitoBean
	private FormerAddresses formerAddresses;

	@Test
	void listsArticlesInTheEnvelope() {
		given(this.articles.latest(1, 20)).willReturn(new ResultPage<>(List.of(CARD), 1, 20, 12));
		assertThat(this.mvc.get().uri("/api/articles")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"items": [{"slug": "2024-03-11-abcdef12", "url": "/articles/2024-03-11-abcdef12",
				  "title": "高新区党政联席会议召开", "kind": "article", "date": "2024-03-11", "dayPart": "上午",
				  "bylines": [{"name": "郭树勋", "role": "记者"}], "people": ["古冰涛"],
				  "summary": "3月11日上午，会议召开。", "bulletin": "seed.txt"}],
				 "page": 1, "size": 20, "total": 12}""");
	}

	@Test
	void filtersByDate() {
		given(this.articles.onDate(MARCH_11, 1, 5)).willReturn(new ResultPage<>(List.of(CARD), 1, 5, 6));
		assertThat(this.mvc.get().uri("/api/articles?date=2024-03-11&page=1&size=5")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(6);
	}

	@Test
	void answersOneArticleWithHtmlAndText() {
		ArticleDetail detail = new ArticleDetail(CARD.slug(), CARD.url(), CARD.title(), null, "article", MARCH_11, "上午",
				CARD.bylines(), CARD.people(), CARD.summary(), "seed.txt", null,
				List.of(new Mention("古冰涛", "高新区领导", true)), "<p>正文</p>", "正文");
		given(this.articles.find(CARD.slug())).willReturn(Optional.of(detail));
		assertThat(this.mvc.get().uri("/api/articles/" + CARD.slug())).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"slug": "2024-03-11-abcdef12", "html": "<p>正文</p>", "text": "正文"}""");
	}

	@Test
	void unknownArticleIs404() {
		given(this.articles.find("nope")).willReturn(Optional.empty());
		given(this.formerAddresses.resolve("nope")).willReturn(Redirection.UNKNOWN);
		assertThat(this.mvc.get().uri("/api/articles/nope")).hasStatus(404);
	}

	@Test
	void anAddressTheArticleHadBeforeAnEditMovesToItsAddressNow() {
		given(this.articles.find("2024-03-11-old")).willReturn(Optional.empty());
		given(this.formerAddresses.resolve("2024-03-11-old")).willReturn(Redirection.movedTo(CARD.slug()));
		assertThat(this.mvc.get().uri("/api/articles/2024-03-11-old")).hasStatus(301)
			.hasHeader("Location", "/api/articles/" + CARD.slug());
	}

	@Test
	void aDeletedArticleIsGoneWithTheReason() {
		given(this.articles.find("2024-03-11-gone")).willReturn(Optional.empty());
		given(this.formerAddresses.resolve("2024-03-11-gone"))
			.willReturn(Redirection.gone("重复稿件", Instant.parse("2024-03-12T02:00:00Z")));
		assertThat(this.mvc.get().uri("/api/articles/2024-03-11-gone")).hasStatus(410).bodyJson().isLenientlyEqualTo("""
				{"status": 410, "error": "Gone", "reason": "重复稿件", "removedAt": "2024-03-12T02:00:00Z"}""");
	}

	@Test
	void listsDatesWithCounts() {
		given(this.articles.dates())
			.willReturn(List.of(new DateCount(MARCH_11, 1), new DateCount(MARCH_11.minusDays(5), 2)));
		assertThat(this.mvc.get().uri("/api/dates")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"items": [{"date": "2024-03-11", "count": 1}, {"date": "2024-03-06", "count": 2}]}""");
	}

	@Test
	void badParametersAreTheCallersFaultNotAServerError() {
		assertThat(this.mvc.get().uri("/api/articles?date=2024-13-45")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/articles?page=abc")).hasStatus(400);
	}

}
