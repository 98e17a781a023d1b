package org.newsportal.seo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sitemap past the addresses one file may hold becomes a sitemap index of files of that
 * many each. The seed's pages, with files of four addresses, stand in for an archive past
 * 50,000.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.seeds-dir=seeds", "portal.base-url=https://news.example.cn", "portal.sitemap.size=4" })
class SitemapIndexIntegrationTests {

	private static final String BASE = SitemapDocuments.BASE;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void aLargeSitemapIsAnIndexOfFilesThatTogetherListEveryPageOnce() throws Exception {
		Element index = SitemapDocuments.parse(send("/sitemap.xml"));
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		List<String> files = texts(index.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc"));
		assertThat(files).first().isEqualTo(BASE + "/sitemaps/site-1.xml");
		assertThat(files).contains(BASE + "/sitemaps/articles-1.xml", BASE + "/sitemaps/articles-2.xml",
				BASE + "/sitemaps/days-1.xml", BASE + "/sitemaps/reporters-1.xml");

		List<String> locations = new ArrayList<>();
		for (String file : files) {
			List<String> listed = SitemapDocuments
				.locations(SitemapDocuments.parse(send(file.substring(BASE.length()))));
			assertThat(listed).as(file).hasSizeBetween(1, 4);
			locations.addAll(listed);
		}
		assertThat(locations).hasSizeGreaterThan(8).contains(BASE + "/issues");
		SitemapDocuments.namesEveryPage(locations, (path) -> send(path).body());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemaps/articles-0.xml", "/sitemaps/articles-999.xml", "/sitemaps/nothing-1.xml",
			"/sitemaps/articles-x.xml", "/sitemaps/articles-99999999999.xml", "/sitemaps/-1.xml" })
	void aSitemapFileThatIsNotThereIsNotFound(String path) throws Exception {
		assertThat(send(path).statusCode()).isEqualTo(404);
	}

	private static List<String> texts(NodeList nodes) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private HttpResponse<String> send(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
