package org.newsportal.feed;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feeds over HTTP with the seed bulletin imported, read back by Rome and by the JDK's
 * XML parser, as a feed reader would.
 */
// The same properties as SeoIntegrationTests, so both run on one application
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.seeds-dir=seeds", "portal.base-url=https://news.example.cn" })
class FeedIntegrationTests {

	private static final ZoneId PAPER = ZoneId.of("Asia/Shanghai");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void atomFeedIsValidAtomWithTheFullTextOfTheNewestItems() throws Exception {
		HttpResponse<String> response = send("/feed.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");

		Element root = xml(response.body()).getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(root.getLocalName()).isEqualTo("feed");

		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("地方新闻");
		assertThat(feed.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(FeedService.SIZE);
		assertThat(feed.getLinks()).anySatisfy((link) -> {
			assertThat(link.getRel()).isEqualTo("self");
			assertThat(link.getHref()).isEqualTo("https://news.example.cn/feed.atom");
		});
		SyndEntry first = feed.getEntries().get(0);
		assertThat(first.getLink()).startsWith("https://news.example.cn/articles/");
		assertThat(first.getUri()).isEqualTo(first.getLink());
		assertThat(first.getContents()).singleElement().satisfies((content) -> {
			assertThat(content.getType()).isEqualTo("html");
			assertThat(content.getValue()).contains("<p>");
		});
		// An item is dated at the start of its day in the paper's time zone
		ZonedDateTime published = first.getPublishedDate().toInstant().atZone(PAPER);
		assertThat(published.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(first.getUpdatedDate()).isAfterOrEqualTo(first.getPublishedDate());
		assertThat(response.body()).contains("<updated>", "<published>");
		assertThat(feed.getEntries()).allSatisfy((entry) -> assertThat(entry.getTitle()).isNotBlank());
	}

	@Test
	void rssFeedIsValidRssTwoWithTheSameItems() throws Exception {
		HttpResponse<String> response = send("/feed.rss");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml;charset=UTF-8");

		Element root = xml(response.body()).getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("rss");
		assertThat(root.getAttribute("version")).isEqualTo("2.0");
		Element channel = (Element) root.getElementsByTagName("channel").item(0);
		for (String required : new String[] { "title", "link", "description" }) {
			assertThat(channel.getElementsByTagName(required).getLength()).as(required).isPositive();
		}

		SyndFeed rss = new SyndFeedInput().build(new StringReader(response.body()));
		SyndFeed atom = new SyndFeedInput().build(new StringReader(send("/feed.atom").body()));
		assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
		assertThat(rss.getEntries()).extracting(SyndEntry::getLink)
			.containsExactlyElementsOf(atom.getEntries().stream().map(SyndEntry::getLink).toList());
		SyndEntry first = rss.getEntries().get(0);
		assertThat(first.getPublishedDate()).isEqualTo(atom.getEntries().get(0).getPublishedDate());
		assertThat(first.getContents()).singleElement()
			.satisfies((content) -> assertThat(content.getValue()).contains("<p>"));
		assertThat(response.body()).contains("<pubDate>", "<guid", "<dc:creator>").doesNotContain("managingEditor");
	}

	@Test
	void everyReporterHasAFeedOfTheirItems() throws Exception {
		JsonNode reporters = JsonMapper.builder().build().readTree(send("/api/reporters").body());
		String name = reporters.get("items").get(0).get("name").asString();
		String path = "/reporters/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "/feed.atom";
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).isEqualTo(200);
		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
		assertThat(feed.getTitle()).contains(name);
		assertThat(feed.getEntries())
			.hasSize(Math.min(FeedService.SIZE, reporters.get("items").get(0).get("total").asInt()))
			.allSatisfy((entry) -> assertThat(entry.getAuthors())
				.anySatisfy((author) -> assertThat(author.getName()).isEqualTo(name)));

		assertThat(send("/reporters/" + URLEncoder.encode("无此人", StandardCharsets.UTF_8) + "/feed.atom").statusCode())
			.isEqualTo(404);
		assertThat(send(path.replace("feed.atom", "feed.rss")).statusCode()).isEqualTo(200);
	}

	static Document xml(String body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> send(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
