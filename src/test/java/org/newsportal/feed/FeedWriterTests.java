package org.newsportal.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;
import org.newsportal.article.Credit;
import org.w3c.dom.Element;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a feed reader makes of a headline or lead that looks like markup: text, never an
 * element of its own.
 */
class FeedWriterTests {

	private static final String HOSTILE = "<img src=x onerror=alert(1)>标题";

	private final FeedWriter writer = new FeedWriter(
			new SiteUrls(new PortalProperties("地方新闻", Path.of("data"), Path.of("seeds"), false,
					ZoneId.of("Asia/Shanghai"), DataSize.ofMegabytes(20), URI.create("https://news.example.cn"))),
			ZoneId.of("Asia/Shanghai"));

	private final FeedItem item = new FeedItem("/articles/2024-03-11-1a2b3c4d", HOSTILE, null, "导语" + HOSTILE,
			"<p>正文。</p>", LocalDate.of(2024, 3, 11), Instant.parse("2024-03-12T00:00:00Z"),
			List.of(new Credit("<b>王明</b>", "记者")));

	@Test
	void rssTitlesAndDescriptionsAreTextToAReaderThatRendersThemAsHtml() throws Exception {
		String rss = this.writer.write(FeedFormat.RSS,
				new FeedWriter.Channel("<script>x</script>的报道", HOSTILE, "地方新闻", "/feed.rss", "/"), List.of(this.item));
		Element root = parse(rss);
		Element item = (Element) root.getElementsByTagName("item").item(0);
		for (String value : List.of(text(item, "title"), text(item, "description"))) {
			Document html = Jsoup.parseBodyFragment(value);
			assertThat(html.select("img, script")).as(value).isEmpty();
			assertThat(html.body().text()).contains("<img src=x onerror=alert(1)>");
		}
		Element channel = (Element) root.getElementsByTagName("channel").item(0);
		assertThat(Jsoup.parseBodyFragment(directText(channel, "title")).select("script")).isEmpty();
		assertThat(Jsoup.parseBodyFragment(directText(channel, "description")).select("img")).isEmpty();
	}

	@Test
	void atomSaysItsTitlesAndSummariesAreTextAndKeepsThemAsPrinted() throws Exception {
		String atom = this.writer.write(FeedFormat.ATOM,
				new FeedWriter.Channel("地方新闻", "描述", "地方新闻", "/feed.atom", "/"), List.of(this.item));
		Element entry = (Element) parse(atom).getElementsByTagName("entry").item(0);
		Element title = (Element) entry.getElementsByTagName("title").item(0);
		Element summary = (Element) entry.getElementsByTagName("summary").item(0);
		assertThat(title.getAttribute("type")).isIn("", "text");
		assertThat(title.getTextContent()).isEqualTo(HOSTILE);
		assertThat(summary.getAttribute("type")).isEqualTo("text");
		assertThat(summary.getTextContent()).isEqualTo("导语" + HOSTILE);
	}

	private static Element parse(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
	}

	private static String text(Element parent, String tag) {
		return parent.getElementsByTagName(tag).item(0).getTextContent();
	}

	private static String directText(Element parent, String tag) {
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(tag)) {
				return element.getTextContent();
			}
		}
		throw new AssertionError("no " + tag);
	}

}
