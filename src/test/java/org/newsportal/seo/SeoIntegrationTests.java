package org.newsportal.seo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap and robots.txt over HTTP with the seed bulletin imported. The sitemap is
 * checked with the JDK's XML parser against the sitemaps.org rules: the namespace, one
 * {@code loc} per {@code url}, absolute addresses of at most 2,048 characters, W3C
 * datetimes with a zone.
 */
// The same properties as FeedIntegrationTests, so both run on one application
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.seeds-dir=seeds", "portal.base-url=https://news.example.cn" })
class SeoIntegrationTests {

	private static final String BASE = "https://news.example.cn";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void sitemapListsEveryArticleDayAndReporterWithWhenItChanged() throws Exception {
		HttpResponse<String> response = send("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element root = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(Sitemap.NAMESPACE);
		assertThat(root.getLocalName()).isEqualTo("urlset");

		List<String> locations = new ArrayList<>();
		NodeList urls = root.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			List<Element> children = children(url);
			assertThat(children).extracting(Element::getLocalName).containsExactly("loc", "lastmod");
			String loc = children.get(0).getTextContent();
			assertThat(loc).startsWith(BASE + "/").hasSizeLessThanOrEqualTo(2048);
			assertThat(URI.create(loc).isAbsolute()).isTrue();
			OffsetDateTime lastmod = OffsetDateTime.parse(children.get(1).getTextContent());
			assertThat(lastmod.getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
			locations.add(loc);
		}
		assertThat(locations).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(50_000);

		JsonMapper json = JsonMapper.builder().build();
		JsonNode articles = json.readTree(send("/api/articles?size=100").body());
		assertThat(articles.get("total").asInt()).isLessThanOrEqualTo(100);
		for (JsonNode article : articles.get("items")) {
			assertThat(locations).contains(BASE + article.get("url").asString());
		}
		for (JsonNode date : json.readTree(send("/api/dates").body()).get("items")) {
			assertThat(locations).contains(BASE + "/dates/" + date.get("date").asString());
		}
		for (JsonNode reporter : json.readTree(send("/api/reporters?size=100").body()).get("items")) {
			assertThat(locations).contains(BASE + reporter.get("url").asString());
		}
		assertThat(locations).contains(BASE + "/");
	}

	@Test
	void robotsPointsToTheSitemapAndKeepsCrawlersOutOfTheEditorsArea() throws Exception {
		HttpResponse<String> response = send("/robots.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body().lines()).contains("User-agent: *", "Disallow: /admin",
				"Sitemap: " + BASE + "/sitemap.xml");
		assertThat(response.body()).doesNotContain("Disallow: /\n", "Disallow: /search");
	}

	private static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element found) {
				children.add(found);
			}
		}
		return children;
	}

	private HttpResponse<String> send(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
