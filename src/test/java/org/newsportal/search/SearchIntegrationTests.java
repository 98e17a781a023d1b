package org.newsportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed bulletin imported at start-up, searched over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:searchtest;DB_CLOSE_DELAY=-1",
				"portal.data-dir=${java.io.tmpdir}/news-portal-search-test-${random.uuid}" })
class SearchIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	private int port;

	@Autowired
	private SearchIndex index;

	private static Path indexFolder;

	@Test
	void seedIsSearchableByName() {
		rememberFolder();
		Map<String, Object> page = search("吕沛");
		assertThat(((Number) page.get("total")).intValue()).isGreaterThan(1);
		List<Map<String, Object>> items = items(page);
		assertThat(items).allSatisfy((hit) -> {
			assertThat((String) hit.get("url")).startsWith("/articles/");
			assertThat((String) hit.get("snippetHtml")).contains("<mark>吕沛</mark>");
		});
	}

	@Test
	void seedIsSearchableByPhraseWithTheHeadlineFirst() {
		rememberFolder();
		List<Map<String, Object>> items = items(search("大气污染防治"));
		assertThat(items).isNotEmpty();
		assertThat(items.get(0).get("titleHtml")).isEqualTo("高新区召开<mark>大气污染防治</mark>攻坚工作推进会");
	}

	@Test
	void pageAnswersWithResults() {
		ResponseEntity<String> page = client().get().uri("/search?q={q}", "怀川高科产业园").retrieve().toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("<mark>怀川高科产业园</mark>").contains("条结果");
	}

	@Test
	void longPastedQueryIsNotAnError() {
		ResponseEntity<String> page = client().get()
			.uri("/search?q={q}", "高新区大气污染防治".repeat(250))
			.retrieve()
			.toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
	}

	private Map<String, Object> search(String q) {
		return client().get().uri("/api/search?q={q}", q).retrieve().body(JSON);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + this.port);
	}

	private void rememberFolder() {
		indexFolder = this.index.folder();
	}

	@AfterAll
	static void deleteDataDir() throws IOException {
		if (indexFolder == null || !Files.isDirectory(indexFolder.getParent())) {
			return;
		}
		try (Stream<Path> files = Files.walk(indexFolder.getParent())) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

}
