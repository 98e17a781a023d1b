package org.newsportal.correction;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.StoredPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction on the real server: the page cache and the search index follow at once,
 * the old address answers 301, and the corrections page, its feed and the sitemap say
 * what changed and when.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.import-seeds=false")
class CorrectionServerTests {

	@LocalServerPort
	private int port;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private Corrections corrections;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aCorrectionReachesEveryPageAtOnceAndTheOldAddressMovesPermanently() throws Exception {
		String slug = this.articles
			.findByBulletinOrderByPositionAsc(
					StoredPages.storeOnly(this.importer, this.bulletins, CorrectionFlowTests.PAGE))
			.get(0)
			.getSlug();
		// Cached before the edit
		assertThat(get("/articles/" + slug).body()).contains("高新区党政联席会议召开");
		assertThat(get("/articles/" + slug).body()).contains("高新区党政联席会议召开");

		EditForm form = this.corrections.form(slug).orElseThrow();
		form.setTitle("温县党政联席会议召开");
		form.setMarkdown("本报讯（记者郭树勋）3月11日上午，温县召开党政联席会议。");
		form.setNote("会议地点应为温县");
		form.setVisibility(EditForm.Visibility.CORRECTION);
		String moved = this.corrections.save(slug, form, "editor").orElseThrow();

		HttpResponse<String> old = get("/articles/" + slug);
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/articles/" + moved);
		HttpResponse<String> page = get("/articles/" + moved);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("温县党政联席会议召开", "会议地点应为温县", "article:modified_time", "\"dateModified\"");
		assertThat(get("/corrections").body()).contains("温县党政联席会议召开", "会议地点应为温县");
		String feed = get("/corrections/feed.atom").body();
		assertThat(feed).contains("更正：温县党政联席会议召开", "/articles/" + moved);
		String sitemap = get("/sitemap.xml").body();
		assertThat(sitemap).contains("/articles/" + moved).doesNotContain("/articles/" + slug + "<");
		assertThat(get("/feed.atom").body()).contains("温县党政联席会议召开");

		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		String found = "";
		while (Instant.now().isBefore(deadline) && !found.contains("/articles/" + moved)) {
			found = get("/api/search?q=" + URLEncoder.encode("温县", StandardCharsets.UTF_8)).body();
			Thread.sleep(200);
		}
		assertThat(found).contains("/articles/" + moved);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
