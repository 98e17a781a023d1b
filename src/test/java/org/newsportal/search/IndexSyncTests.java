package org.newsportal.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsportal.NewsPortalApplication;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, each with its own index: what one imports or deletes
 * reaches the other's search within a few sync intervals.
 */
// Each instance starts in seconds; this only keeps a hung one from hanging the build
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class IndexSyncTests {

	// Generous: a new instance rebuilds its index from the shared database before it
	// syncs,
	// which takes a while on a loaded machine.
	private static final Duration WAIT = Duration.ofSeconds(60);

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@TempDir
	Path temp;

	/**
	 * The database both instances share, with the properties that select it.
	 */
	protected List<String> database() {
		return List.of("--spring.datasource.url=jdbc:h2:file:" + this.temp.resolve("shared").toAbsolutePath()
				+ ";AUTO_SERVER=TRUE");
	}

	@AfterEach
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void importAndDeleteOnOneInstanceReachTheOthersIndex() throws Exception {
		ConfigurableApplicationContext a = start("a");
		ConfigurableApplicationContext b = start("b");
		String word = "同步测试" + Integer.toString(Math.abs(UUID.randomUUID().hashCode() % 1000));
		String name = "sync-" + UUID.randomUUID() + ".md";
		String bulletin = """
				---
				date: 2024-03-12
				---

				# %s新闻发布

				本报讯（记者王明）3月11日上午，%s工作会议召开。
				""".formatted(word, word);
		BulletinImporter importer = a.getBean(BulletinImporter.class);
		importer.importBulletin(new ImportRequest(name, bulletin.getBytes(StandardCharsets.UTF_8), null, null, "test"));
		assertThat(search(a, word)).contains("\"total\":1");
		assertThat(waitFor(b, word, "\"total\":1")).contains("\"total\":1");

		importer.delete(name);
		assertThat(waitFor(b, word, "\"total\":0")).contains("\"total\":0");
	}

	private ConfigurableApplicationContext start(String instance) throws Exception {
		List<String> args = new ArrayList<>(database());
		args.addAll(List.of("--server.port=0", "--portal.import-seeds=false",
				"--portal.data-dir=" + Files.createDirectories(this.temp.resolve(instance)),
				"--portal.search.sync-interval=200ms", "--spring.main.banner-mode=off"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsPortalApplication.class)
			.run(args.toArray(String[]::new));
		this.instances.add(context);
		return context;
	}

	private String waitFor(ConfigurableApplicationContext instance, String query, String expected) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		String body = search(instance, query);
		while (!body.contains(expected) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			body = search(instance, query);
		}
		return body;
	}

	private String search(ConfigurableApplicationContext instance, String query) throws Exception {
		String port = instance.getEnvironment().getProperty("local.server.port");
		URI uri = URI
			.create("http://localhost:" + port + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
