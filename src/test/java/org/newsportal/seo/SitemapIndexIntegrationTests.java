package org.newsportal.seo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

	private static final String BASE = "https://news.example.cn";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void aLargeSitemapIsAnIndexOfFilesThatTogetherListEveryPageOnce() throws Exception {
		Element index = xml(send("/sitemap.xml"));
		assertThat(index.getNamespaceURI()).isEqualTo(Sitemap.NAMESPACE);
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		List<String> files = texts(index.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc"));
		assertThat(files).first().isEqualTo(BASE + "/sitemaps/site-1.xml");
		assertThat(files).contains(BASE + "/sitemaps/articles-1.xml", BASE + "/sitemaps/articles-2.xml",
				BASE + "/sitemaps/days-1.xml", BASE + "/sitemaps/reporters-1.xml");

		List<String> locations = new ArrayList<>();
		for (String file : files) {
			HttpResponse<String> response = send(file.substring(BASE.length()));
			assertThat(response.statusCode()).as(file).isEqualTo(200);
			Element urlset = xml(response);
			assertThat(urlset.getLocalName()).isEqualTo("urlset");
			NodeList urls = urlset.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
			assertThat(urls.getLength()).as(file).isBetween(1, 4);
			locations.addAll(texts(urlset.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc")));
		}
		assertThat(locations).doesNotHaveDuplicates().contains(BASE + "/", BASE + "/issues");
		JsonMapper json = JsonMapper.builder().build();
		JsonNode articles = json.readTree(send("/api/articles?size=100").body());
		assertThat(articles.get("items").size()).isGreaterThan(4);
		for (JsonNode article : articles.get("items")) {
			assertThat(locations).contains(BASE + article.get("url").asString());
		}
		for (JsonNode date : json.readTree(send("/api/dates").body()).get("items")) {
			assertThat(locations).contains(BASE + "/dates/" + date.get("date").asString());
		}
		for (JsonNode reporter : json.readTree(send("/api/reporters?size=100").body()).get("items")) {
			assertThat(locations).contains(BASE + reporter.get("url").asString());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemaps/articles-0.xml", "/sitemaps/articles-999.xml", "/sitemaps/nothing-1.xml",
			"/sitemaps/articles-x.xml", "/sitemaps/articles-99999999999.xml", "/sitemaps/-1.xml" })
	void aSitemapFileThatIsNotThereIsNotFound(String path) throws Exception {
		assertThat(send(path).statusCode()).isEqualTo(404);
	}

	private static Element xml(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
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
