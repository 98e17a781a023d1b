package org.newsportal.caching;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validators, compression and asset caching over real HTTP. The test imports a bulletin
 * of its own, so it gets a database of its own too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.seeds-dir=seeds", "portal.site-name=缓存测试报" })
@DirtiesContext
class HttpCachingIntegrationTests {

	private static final List<String> CACHED = List.of("/", "/dates", "/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA",
			"/feed.atom", "/feed.rss", "/sitemap.xml", "/api/articles", "/api/dates");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private BulletinImporter importer;

	@LocalServerPort
	private int port;

	@Test
	void aRepeatedConditionalRequestIsAnsweredWith304UntilAnImportChangesThePage() throws Exception {
		HttpResponse<String> first = send("/", null);
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=0", "s-maxage=60", "public"));

		HttpResponse<String> again = send("/", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);

		// Dated after the seed, so it leads the front page
		String bulletin = "---\ndate: 2030-01-02\n---\n# 缓存测试新闻标题\n\n本报讯（记者王测试）1月2日上午，一条新的新闻刊出。\n";
		this.importer.importBulletin(
				new ImportRequest("caching-test.md", bulletin.getBytes(StandardCharsets.UTF_8), null, null, "test"));

		HttpResponse<String> after = send("/", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("缓存测试新闻标题");
		String newEtag = after.headers().firstValue("ETag").orElseThrow();
		assertThat(newEtag).isNotEqualTo(etag);
		assertThat(send("/", newEtag).statusCode()).isEqualTo(304);
	}

	@Test
	void pagesFeedsAndTheApiCarryAValidatorAndAnswerConditionalRequests() throws Exception {
		for (String path : CACHED) {
			HttpResponse<String> response = send(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			String etag = response.headers().firstValue("ETag").orElseThrow();
			assertThat(send(path, etag).statusCode()).as(path).isEqualTo(304);
		}
	}

	@Test
	void ifNoneMatchAnyIsAnswered304WhenThePageExists() throws Exception {
		for (String path : List.of("/", "/api/articles", "/feed.atom")) {
			// A miss, a hit from the page cache, and one the page cache leaves alone
			for (String cookie : new String[] { null, null, "JSESSIONID=no-such-session" }) {
				HttpRequest.Builder request = request(path, "*");
				if (cookie != null) {
					request.header("Cookie", cookie);
				}
				HttpResponse<String> response = this.http.send(request.build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				assertThat(response.statusCode()).as(path + " with " + cookie).isEqualTo(304);
				assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
			}
		}
		assertThat(send("/articles/no-such-article", "*").statusCode()).isEqualTo(404);
	}

	@Test
	void errorsAreNeitherCachedByProxiesNorEmpty() throws Exception {
		for (String path : List.of("/api/articles/no-such-article", "/api/reporters/nobody", "/api/people/nobody")) {
			HttpResponse<String> response = send(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).as(path).contains("\"status\":404").contains("\"error\"");
		}
		HttpResponse<String> page = send("/articles/no-such-article", null);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(page.body()).contains("页面不存在");
	}

	@Test
	void responsesAreCompressedAndStillValidated() throws Exception {
		// Not /api/dates: too short to be worth compressing
		// (server.compression.min-response-size)
		for (String path : CACHED.stream().filter((path) -> !path.equals("/api/dates")).toList()) {
			HttpRequest request = request(path, null).header("Accept-Encoding", "gzip").build();
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
				assertThat(in.readAllBytes()).as(path).isNotEmpty();
			}
			String etag = response.headers().firstValue("ETag").orElseThrow();
			HttpRequest conditional = request(path, etag).header("Accept-Encoding", "gzip").build();
			assertThat(this.http.send(conditional, HttpResponse.BodyHandlers.discarding()).statusCode()).as(path)
				.isEqualTo(304);
		}
	}

	@Test
	void theStylesheetHasAContentHashedAddressCachedForAYear() throws Exception {
		Document page = Jsoup.parse(send("/", null).body());
		String href = page.selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<String> css = send(href, null);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000", "public"));
		assertThat(css.body()).contains("prefers-color-scheme");
	}

	private HttpResponse<String> send(String path, String ifNoneMatch) throws Exception {
		return this.http.send(request(path, ifNoneMatch).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return request;
	}

}
