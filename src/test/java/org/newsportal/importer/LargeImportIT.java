package org.newsportal.importer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsportal.NewsPortalApplication;
import org.newsportal.bench.SyntheticBulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The editors' stress case, as it happens in production: the site runs with
 * {@code -Xmx256m}, and the command line, also with {@code -Xmx256m}, imports one page of
 * 20,000 articles into the same database. The import must succeed, the site must answer
 * every request meanwhile, and its search must catch up with all 20,000 articles. Both
 * run as separate JVMs so the heap limit is real. Durations are printed, not asserted.
 */
class LargeImportIT {

	private static final int ARTICLES = 20_000;

	private static final Duration START = Duration.ofMinutes(3);

	private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");

	private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final List<Process> processes = new ArrayList<>();

	@TempDir
	private Path dir;

	@AfterEach
	void stop() throws InterruptedException {
		for (Process process : this.processes) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void twentyThousandArticlesInOneFileWhileTheSiteServes() throws Exception {
		Path page = new SyntheticBulletins(ARTICLES, 3).write(ARTICLES, this.dir.resolve("in"), null).get(0);
		assertThat(Files.size(page)).as("within the default size limit").isLessThan(20L * 1024 * 1024);
		int port = freePort();
		Path data = this.dir.resolve("data");
		String database = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("portal").toAbsolutePath()
				+ ";AUTO_SERVER=TRUE";
		Path siteLog = this.dir.resolve("site.log");
		Process site = start(siteLog, "--server.port=" + port, "--portal.data-dir=" + data, database);
		String base = "http://localhost:" + port;
		awaitUp(site, siteLog, base + "/");
		Matcher slug = SLUG.matcher(get(base + "/api/articles?size=1").body());
		assertThat(slug.find()).isTrue();
		String article = base + "/articles/" + slug.group(1);

		Path cliLog = this.dir.resolve("cli.log");
		long started = System.nanoTime();
		Process cli = start(cliLog, "--import=" + page, "--portal.data-dir=" + data, database);
		long slowest = 0;
		int requests = 0;
		while (cli.isAlive()) {
			for (String url : List.of(base + "/", article)) {
				long before = System.nanoTime();
				HttpResponse<String> response = get(url);
				slowest = Math.max(slowest, System.nanoTime() - before);
				requests++;
				assertThat(response.statusCode()).as("%s during the import", url).isEqualTo(200);
			}
			Thread.sleep(200);
		}
		double importSeconds = (System.nanoTime() - started) / 1e9;
		String cliOutput = Files.readString(cliLog, StandardCharsets.UTF_8);
		assertThat(cli.exitValue()).as(cliOutput).isZero();
		assertThat(cliOutput).contains("共 " + ARTICLES + " 条");

		String search = base + "/api/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA&from=1999-12-01&to=2000-01-31&size=1";
		long indexStarted = System.nanoTime();
		long total = 0;
		while (total < ARTICLES && System.nanoTime() - indexStarted < START.toNanos()) {
			Matcher matcher = TOTAL.matcher(get(search).body());
			total = matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
			Thread.sleep(500);
		}
		assertThat(total).as("articles the site's search finds").isEqualTo(ARTICLES);
		assertThat(site.isAlive()).isTrue();
		System.out.printf(
				"LargeImportIT: %,d articles (%,d bytes) imported in %.1f s including JVM start; "
						+ "%d requests meanwhile, slowest %d ms; search caught up %.1f s later%n",
				ARTICLES, Files.size(page), importSeconds, requests, slowest / 1_000_000,
				(System.nanoTime() - indexStarted) / 1e9);
	}

	private Process start(Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), NewsPortalApplication.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		this.processes.add(process);
		return process;
	}

	private void awaitUp(Process process, Path log, String url) throws Exception {
		long deadline = System.nanoTime() + START.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("The site stopped:%n%s", Files.readString(log, StandardCharsets.UTF_8));
			}
			try {
				if (get(url).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		fail("The site did not start within %s:%n%s", START, Files.readString(log, StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
