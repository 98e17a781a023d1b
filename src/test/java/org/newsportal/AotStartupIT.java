package org.newsportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.AppProcess.get;

/**
 * The packaged jar started the fast way the README recommends, with the ahead-of-time
 * bean definitions ({@code -Dspring.aot.enabled=true}): conditions are then evaluated at
 * build time, so this checks that the site still has every part, and that the command
 * line, which needs other beans, still works when given the same option.
 */
class AotStartupIT {

	private static final Duration WAIT = Duration.ofMinutes(3);

	private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");

	private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

	private static final List<String> AOT = List.of("-Dspring.aot.enabled=true");

	@TempDir
	Path dir;

	@Test
	void theSiteRunsOnItsAheadOfTimeDefinitions() throws Exception {
		Path jar = jar();
		Path data = this.dir.resolve("data");
		int port = AppProcess.freePort();
		String base = "http://localhost:" + port;
		Path watched = this.dir.resolve("watch");
		List<String> siteArgs = new ArrayList<>(database());
		siteArgs.addAll(List.of("--server.port=" + port, "--portal.data-dir=" + data,
				"--portal.import.watch-dir=" + watched, "--portal.import.watch-interval=1s"));
		List<String> cliArgs = new ArrayList<>(database());
		// Names of their own: the PostgreSQL database outlives the test.
		String unique = UUID.randomUUID().toString();
		try (AppProcess site = AppProcess.fromJar(jar, this.dir.resolve("site.log"), AOT,
				siteArgs.toArray(String[]::new))) {
			site.awaitPage(base + "/", WAIT);
			assertThat(site.log()).contains("Starting AOT-processed");
			String slug = site.awaitMatch(base + "/api/articles?size=1", SLUG, WAIT);
			String article = base + "/articles/" + slug;
			assertThat(get(article).statusCode()).isEqualTo(200);
			assertThat(pageCacheHit(article)).as("the page cache is on").isTrue();
			assertThat(get(base + "/admin/login").statusCode()).isEqualTo(200);
			assertThat(get(base + "/admin").headers().firstValue("Location")).as("sign in first")
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));
			assertThat(get(base + "/sitemap.xml").statusCode()).isEqualTo(200);
			assertThat(get(base + "/no-such-page").statusCode()).isEqualTo(404);
			assertThat(searchTotal(base)).as("search finds the seed").isPositive();

			Path page = Files.createDirectories(this.dir.resolve("in")).resolve("extra-" + unique + ".md");
			Files.writeString(page, "# 高新区召开测试会议" + unique + "\n\n本报讯 3月12日上午，高新区召开测试会议。\n");
			// Counted first: the site may find the import before the command line has
			// exited
			long before = searchTotal(base);
			cliArgs.addAll(List.of("--import=" + page, "--portal.data-dir=" + this.dir.resolve("cli-data")));
			try (AppProcess cli = AppProcess.fromJar(jar, this.dir.resolve("cli.log"), AOT,
					cliArgs.toArray(String[]::new))) {
				assertThat(cli.process().waitFor()).as(cli.log()).isZero();
			}
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (searchTotal(base) == before && System.nanoTime() < deadline) {
				Thread.sleep(500);
			}
			assertThat(searchTotal(base)).as("the site's search picks up the import").isEqualTo(before + 1);

			String dropped = "dropped-" + unique + ".md";
			Files.writeString(watched.resolve(dropped), "# 高新区召开第二次测试会议\n\n本报讯 3月13日上午，高新区召开会议。\n");
			Path done = watched.resolve("imported").resolve(dropped);
			while (!Files.exists(done) && System.nanoTime() < deadline) {
				Thread.sleep(250);
			}
			assertThat(done).as("the watch folder's file, imported").exists();
		}
	}

	/**
	 * The database the site and the command line share, with the properties that select
	 * it.
	 */
	protected List<String> database() {
		return List.of("--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("data/portal").toAbsolutePath()
				+ ";AUTO_SERVER=TRUE");
	}

	/**
	 * Whether a request for the page is answered from the page cache within a few tries:
	 * the index catching up with the seed may empty the cache in between.
	 */
	private static boolean pageCacheHit(String url) throws Exception {
		for (int i = 0; i < 20; i++) {
			if (get(url).headers().firstValue("X-Page-Cache").filter("hit"::equals).isPresent()) {
				return true;
			}
			Thread.sleep(250);
		}
		return false;
	}

	private static long searchTotal(String base) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			Matcher total = TOTAL.matcher(get(base + "/api/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA&size=1").body());
			if (total.find() && Long.parseLong(total.group(1)) > 0) {
				return Long.parseLong(total.group(1));
			}
			Thread.sleep(250);
		}
		return 0;
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("news-portal-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar in target: run ./mvnw verify"));
		}
	}

}
