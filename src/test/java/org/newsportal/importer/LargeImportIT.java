package org.newsportal.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsportal.AppProcess;
import org.newsportal.bench.SyntheticBulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.AppProcess.get;

/**
 * The editors' stress case, as it happens in production: the site runs with
 * {@code -Xmx256m}, and the command line, also with {@code -Xmx256m}, imports one page of
 * 14,000 articles (4.8 million characters, near the bound on a bulletin's text) into the
 * same database. The import must succeed, the site must answer every request meanwhile,
 * and its search must catch up with all of them. Both run as separate JVMs so the heap
 * limit is real. Durations are printed, not asserted.
 */
class LargeImportIT {

	private static final int ARTICLES = 14_000;

	private static final Duration WAIT = Duration.ofMinutes(3);

	private static final Duration IMPORT_WAIT = Duration.ofMinutes(15);

	private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");

	private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

	@TempDir
	private Path dir;

	@Test
	void twentyThousandArticlesInOneFileWhileTheSiteServes() throws Exception {
		Path page = new SyntheticBulletins(ARTICLES, 3).write(ARTICLES, this.dir.resolve("in"), null).get(0);
		assertThat(Files.size(page)).as("within the default size limit").isLessThan(20L * 1024 * 1024);
		Path data = this.dir.resolve("data");
		String database = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("portal").toAbsolutePath()
				+ ";AUTO_SERVER=TRUE";
		String base = "http://localhost:" + AppProcess.freePort();
		try (AppProcess site = AppProcess.fromClasspath(this.dir.resolve("site.log"),
				"--server.port=" + base.substring(base.lastIndexOf(':') + 1), "--portal.data-dir=" + data, database)) {
			site.awaitPage(base + "/", WAIT);
			String slug = site.awaitMatch(base + "/api/articles?size=1", SLUG, WAIT);
			String article = base + "/articles/" + slug;

			long started = System.nanoTime();
			try (AppProcess cli = AppProcess.fromClasspath(this.dir.resolve("cli.log"), "--import=" + page,
					"--portal.data-dir=" + data, database)) {
				long slowest = 0;
				int requests = 0;
				// The import is bounded too: a hung one fails the test after IMPORT_WAIT
				while (cli.process().isAlive()) {
					assertThat(System.nanoTime() - started).as("the import still running after %s", IMPORT_WAIT)
						.isLessThan(IMPORT_WAIT.toNanos());
					for (String url : List.of(base + "/", article)) {
						long before = System.nanoTime();
						int status = get(url).statusCode();
						slowest = Math.max(slowest, System.nanoTime() - before);
						requests++;
						assertThat(status).as("%s during the import", url).isEqualTo(200);
					}
					Thread.sleep(200);
				}
				double importSeconds = (System.nanoTime() - started) / 1e9;
				assertThat(cli.process().exitValue()).as(cli.log()).isZero();
				assertThat(cli.log()).contains("共 " + ARTICLES + " 条");

				String search = base + "/api/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA&from=1999-12-01&to=2000-01-31&size=1";
				long indexStarted = System.nanoTime();
				long total = 0;
				while (total < ARTICLES && System.nanoTime() - indexStarted < WAIT.toNanos()) {
					Matcher matcher = TOTAL.matcher(get(search).body());
					total = matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
					Thread.sleep(500);
				}
				assertThat(total).as("articles the site's search finds").isEqualTo(ARTICLES);
				assertThat(site.process().isAlive()).isTrue();
				System.out.printf(
						"LargeImportIT: %,d articles (%,d bytes) imported in %.1f s including JVM start; "
								+ "%d requests meanwhile, slowest %d ms; search caught up %.1f s later%n",
						ARTICLES, Files.size(page), importSeconds, requests, slowest / 1_000_000,
						(System.nanoTime() - indexStarted) / 1e9);
			}
		}
	}

}
