package org.newsportal.seo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sitemaps as the tests read them: with the JDK's XML parser, against the sitemaps.org
 * rules (the namespace, one {@code loc} per {@code url}, absolute addresses of at most
 * 2,048 characters, W3C datetimes with a zone), and against what the JSON API lists.
 */
final class SitemapDocuments {

	static final String BASE = "https://news.example.cn";

	private SitemapDocuments() {
	}

	/** The root element of a sitemap answer, checked to be XML. */
	static Element parse(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element root = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(Sitemap.NAMESPACE);
		return root;
	}

	/** Each address of a {@code urlset}, every entry checked. */
	static List<String> locations(Element urlset) {
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		List<String> locations = new ArrayList<>();
		NodeList urls = urlset.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			List<Element> children = children((Element) urls.item(i));
			assertThat(children).extracting(Element::getLocalName).containsExactly("loc", "lastmod");
			String loc = children.get(0).getTextContent();
			assertThat(loc).startsWith(BASE + "/").hasSizeLessThanOrEqualTo(2048);
			assertThat(URI.create(loc).isAbsolute()).isTrue();
			OffsetDateTime lastmod = OffsetDateTime.parse(children.get(1).getTextContent());
			assertThat(lastmod.getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
			locations.add(loc);
		}
		return locations;
	}

	/**
	 * Fails unless the addresses hold the front page and every article, day and reporter
	 * the API lists, once each.
	 */
	static void namesEveryPage(List<String> locations, Site site) throws Exception {
		assertThat(locations).doesNotHaveDuplicates().contains(BASE + "/");
		JsonMapper json = JsonMapper.builder().build();
		JsonNode articles = json.readTree(site.get("/api/articles?size=100"));
		assertThat(articles.get("total").asInt()).isLessThanOrEqualTo(100);
		for (JsonNode article : articles.get("items")) {
			assertThat(locations).contains(BASE + article.get("url").asString());
		}
		for (JsonNode date : json.readTree(site.get("/api/dates")).get("items")) {
			assertThat(locations).contains(BASE + "/dates/" + date.get("date").asString());
		}
		for (JsonNode reporter : json.readTree(site.get("/api/reporters?size=100")).get("items")) {
			assertThat(locations).contains(BASE + reporter.get("url").asString());
		}
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

	/** The body of a page of the site under test. */
	interface Site {

		String get(String path) throws Exception;

	}

}
