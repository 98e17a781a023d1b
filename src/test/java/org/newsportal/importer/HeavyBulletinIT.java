package org.newsportal.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsportal.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.AppProcess.get;

/**
 * The heaviest bulletins the README accepts, uploaded through the import API to a site
 * running with {@code -Xmx256m} on the embedded database in a file: a page of as much
 * text as a bulletin may hold, made of articles as long as the article limit allows. The
 * site must store it, keep serving, index it, and find it all again after a restart; a
 * paragraph over its limit, and a file within the size limit holding twice the text, are
 * refused before anything is written. (A single paragraph of 15 MB once made H2 fail in
 * its background writer after the import had been reported done, and the database could
 * not be opened again.)
 */
class HeavyBulletinIT {

	// A start-up on two cores shared with other builds has taken over three minutes
	private static final Duration WAIT = Duration.ofMinutes(6);

	private static final String PASSWORD = "heavy-secret";

	private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

	private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");

	private static final String POOL = "高新区党工委召开会议研究部署经济社会发展重点工作强调要坚持稳中求进工作总基调完整准确全面贯彻新发展理念"
			+ "加快构建新发展格局着力推动高质量发展以科技创新引领现代化产业体系建设推进城乡融合和区域协调发展";

	private static final int ARTICLES = 50;

	@TempDir
	private Path dir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void theHeaviestAcceptedPageIsStoredAndSurvivesARestart() throws Exception {
		Charset gb18030 = Charset.forName("GB18030");
		String text = heaviestPage(ARTICLES);
		assertThat(text.length()).as("within the bound on a bulletin's text").isBetween(4_950_000, 5_000_000);
		byte[] page = text.getBytes(gb18030);
		byte[] twice = heaviestPage(2 * ARTICLES).getBytes(gb18030);
		assertThat(twice.length).as("within the 20 MB limit").isLessThan(20 * 1024 * 1024);
		Path data = this.dir.resolve("data");
		String port = String.valueOf(AppProcess.freePort());
		String base = "http://localhost:" + port;
		String[] args = { "--server.port=" + port, "--portal.data-dir=" + data, "--portal.import-seeds=false",
				"--spring.security.user.password={noop}" + PASSWORD, "--spring.datasource.url=jdbc:h2:file:"
						+ data.resolve("portal").toAbsolutePath() + ";AUTO_SERVER=TRUE" };
		String slug;
		try (AppProcess site = AppProcess.fromClasspath(this.dir.resolve("site.log"), args)) {
			site.awaitPage(base + "/", WAIT);

			HttpResponse<String> tooLong = upload(site, base, "one-paragraph.md",
					("# 一段文字\n\n" + POOL.repeat(37_000) + "\n").getBytes(StandardCharsets.UTF_8));
			assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
			assertThat(tooLong.body()).contains("段落过长").contains("\"line\":3");
			// Ten million characters in 20 MB: once stored, but it then ran the heap out
			HttpResponse<String> tooMuch = upload(site, base, "twice.md", twice);
			assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(400);
			assertThat(tooMuch.body()).contains("文字过多");
			assertThat(total(base + "/api/articles?size=1")).isZero();

			HttpResponse<String> stored = upload(site, base, "heavy.md", page);
			assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
			assertThat(stored.body()).contains("\"outcome\":\"CREATED\"");

			assertThat(total(base + "/api/articles?size=1")).isEqualTo(ARTICLES);
			slug = first(base + "/api/articles?size=1");
			// Analysing five million characters takes minutes on a busy machine; searches
			// meanwhile answer with what is indexed so far
			long deadline = System.nanoTime() + WAIT.multipliedBy(2).toNanos();
			long found = 0;
			while (found < ARTICLES && System.nanoTime() < deadline) {
				found = total(base + "/api/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA&size=1");
				Thread.sleep(500);
			}
			assertThat(found).as("articles the search finds").isEqualTo(ARTICLES);
			assertThat(get(base + "/articles/" + slug).statusCode()).isEqualTo(200);
			assertThat(site.log()).doesNotContain("OutOfMemoryError").doesNotContain("MVStoreException");
		}
		assertThat(trace(data)).as("H2's own log of background errors").doesNotContain("General error");
		try (AppProcess again = AppProcess.fromClasspath(this.dir.resolve("again.log"), args)) {
			again.awaitPage(base + "/", WAIT);
			assertThat(total(base + "/api/articles?size=1")).isEqualTo(ARTICLES);
			HttpResponse<String> article = get(base + "/api/articles/" + slug);
			assertThat(article.statusCode()).isEqualTo(200);
			assertThat(article.body().length()).isGreaterThan(90_000);
			assertThat(again.log()).doesNotContain("not found in primary index");
		}
	}

	/** Articles as long as allowed, each in paragraphs as a page prints them. */
	private static String heaviestPage(int articles) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < articles; i++) {
			text.append("# 第").append(i + 1).append("篇长稿\n\n本报讯（记者王明）3月").append(1 + i % 28).append("日上午，");
			int written = 0;
			int n = i;
			while (written < 99_000) {
				int start = (n * 7) % POOL.length();
				String paragraph = (POOL.substring(start) + POOL).repeat(9).substring(0, 880) + "。";
				text.append(paragraph).append("\n\n");
				written += paragraph.length() + 2;
				n++;
			}
		}
		return text.toString();
	}

	private HttpResponse<String> upload(AppProcess site, String base, String name, byte[] content) throws Exception {
		String boundary = "----heavy" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/markdown\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/admin/bulletins"))
			.timeout(WAIT)
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError("No answer to the upload of " + name + "; the site's log:\n" + site.log(), ex);
		}
	}

	private static long total(String url) throws Exception {
		Matcher matcher = TOTAL.matcher(get(url).body());
		return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
	}

	private static String first(String url) throws Exception {
		Matcher matcher = SLUG.matcher(get(url).body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String trace(Path data) throws Exception {
		Path trace = data.resolve("portal.trace.db");
		return Files.exists(trace) ? Files.readString(trace, StandardCharsets.UTF_8) : "";
	}

}
