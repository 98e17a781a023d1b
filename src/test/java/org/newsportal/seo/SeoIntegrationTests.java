package org.newsportal.seo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap and robots.txt over HTTP with the seed bulletin imported. The sitemap is
 * checked with the JDK's XML parser against the sitemaps.org rules: the namespace, one
 * {@code loc} per {@code url}, absolute addresses of at most 2,048 characters, W3C
 * datetimes with a zone.
 */
// The same properties as FeedIntegrationTests, so both run on one application
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.seeds-dir=seeds", "portal.base-url=https://news.example.cn" })
class SeoIntegrationTests {

	private static final String BASE = SitemapDocuments.BASE;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void sitemapListsEveryArticleDayAndReporterWithWhenItChanged() throws Exception {
		List<String> locations = SitemapDocuments.locations(SitemapDocuments.parse(send("/sitemap.xml")));

		assertThat(locations).hasSizeLessThanOrEqualTo(50_000);
		SitemapDocuments.namesEveryPage(locations, (path) -> send(path).body());
	}

	@Test
	void robotsPointsToTheSitemapAndKeepsCrawlersOutOfTheEditorsArea() throws Exception {
		HttpResponse<String> response = send("/robots.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body().lines()).contains("User-agent: *", "Disallow: /admin",
				"Sitemap: " + BASE + "/sitemap.xml");
		assertThat(response.body()).doesNotContain("Disallow: /\n", "Disallow: /search");
	}

	private HttpResponse<String> send(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
