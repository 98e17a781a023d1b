package org.newsportal.caching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsportal.search.SearchIndex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With search disabled, a change to the bulletins that no event of this process announces
 * (made here straight in the database, as another instance or {@code --import} would)
 * still empties the page cache within a few looks of the change watcher: the pages live
 * an hour, so nothing else could have emptied it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "portal.seeds-dir=seeds",
		"portal.search.enabled=false", "portal.page-cache.ttl=1h", "portal.changes.check-interval=100ms" })
class PageCacheWithoutSearchTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	@Test
	void aChangeMadeElsewhereEmptiesTheCacheWithSearchDisabled() throws Exception {
		assertThat(this.context.getBeanNamesForType(SearchIndex.class)).isEmpty();
		// The watcher's first look after start-up clears the cache once
		assertThat(waitFor("hit")).isTrue();
		assertThat(cacheHeader()).isEqualTo("hit");

		this.jdbc.update("update bulletin set revision = revision + 1000 where id = (select min(id) from bulletin)");

		assertThat(waitFor("miss")).as("the page cache was emptied").isTrue();
	}

	private boolean waitFor(String expected) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (expected.equals(cacheHeader())) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private String cacheHeader() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/dates")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().firstValue(PageCacheFilter.HEADER).orElse("");
	}

}
