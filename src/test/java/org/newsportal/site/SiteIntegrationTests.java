package org.newsportal.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole site over HTTP, with the seed bulletin imported into an in-memory database.
 * Links are followed from the pages rather than written down, so the test holds whatever
 * dates the bulletin parser gives the items.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:sitetest;DB_CLOSE_DELAY=-1", "portal.seeds-dir=seeds",
				"portal.data-dir=target/sitetest-data" })
class SiteIntegrationTests {

	private static final String FIRST_HEADLINE = "高新区党政联席会议召开";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void readerCanGoFromTheFrontPageToAnArticleAndThroughTheDates() throws Exception {
		Document front = get("/", 200);
		assertThat(front.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(front.select("main .card-title a, main .lead-title a").eachText()).contains(FIRST_HEADLINE);

		String articleUrl = front.select("main a")
			.stream()
			.filter((link) -> link.text().equals(FIRST_HEADLINE))
			.findFirst()
			.orElseThrow()
			.attr("href");
		Document article = get(articleUrl, 200);
		assertThat(article.selectFirst("main h1").text()).isEqualTo(FIRST_HEADLINE);
		assertThat(article.selectFirst(".article-body p").text()).startsWith("本报讯");

		Document dates = get("/dates", 200);
		assertThat(dates.select("figure.chart svg rect")).isNotEmpty();
		String dayUrl = article.selectFirst(".article-meta a").attr("href");
		assertThat(dates.select(".archive-days a").eachAttr("href")).contains(dayUrl);

		Document day = get(dayUrl, 200);
		assertThat(day.select("main .card-title a").eachText()).contains(FIRST_HEADLINE);
	}

	@Test
	void mistakesInTheAddressGetTheChinese404Page() throws Exception {
		for (String path : new String[] { "/no-such-page", "/articles/no-such-article", "/dates/2024-13-45",
				"/dates/abc", "/?page=-1", "/?page=abc", "/?page=99999999999", "/error" }) {
			Document page = get(path, 404);
			assertThat(page.selectFirst("h1").text()).as(path).isEqualTo("页面不存在");
			assertThat(page.selectFirst("header .site-name").text()).as(path).isEqualTo("地方新闻");
		}
	}

	@Test
	void stylesheetIsServed() throws Exception {
		HttpResponse<String> response = send("/css/site.css");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("prefers-color-scheme", "@media print");
	}

	private Document get(String path, int status) throws Exception {
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying((type) -> {
			assertThat(type).startsWith("text/html");
		});
		assertThat(response.body()).as(path).doesNotContain("Exception", "at org.");
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> send(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,*/*;q=0.8")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
