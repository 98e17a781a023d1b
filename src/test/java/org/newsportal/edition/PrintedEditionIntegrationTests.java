package org.newsportal.edition;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed edition over real HTTP, with the fixture's issues imported (the weekend
 * edition's page 1 is printed the same week as the daily's): calendar, issue, page, the
 * page's files, feeds, sitemap and API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.import-seeds=false", "portal.base-url=https://news.example.cn" })
@Import(PrintedFixture.class)
class PrintedEditionIntegrationTests {

	private static final String BASE = "https://news.example.cn";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void theCalendarShowsTheLatestMonthWithItsIssueDaysLinked() throws Exception {
		Document page = page("/issues");
		assertThat(page.selectFirst("table.calendar caption").text()).isEqualTo("2024年2月");
		assertThat(page.select("td.calendar-issue a").eachAttr("href")).containsExactly("/issues/2024-02-24",
				"/issues/2024-02-27", "/issues/2024-02-28");
		assertThat(page.selectFirst("td.calendar-issue a").attr("aria-label")).isEqualTo("2024年2月24日 星期六，1 个版面");
		// February 2024 starts on a Thursday: three blank days before the 1st
		assertThat(page.select("table.calendar tbody tr").first().select("td.calendar-blank")).hasSize(3);
		assertThat(page.select("table.calendar tbody tr")).hasSize(5);
		assertThat(page.selectFirst("#issues-year option[selected]").val()).isEqualTo("2024");
		assertThat(page.selectFirst("#issues-month option[selected]").val()).isEqualTo("2");
		Element form = page.selectFirst("form.issues-picker");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/issues");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/issues");
	}

	@Test
	void thePickerChoosesAMonthWithoutJavaScript() throws Exception {
		Document page = page("/issues?year=2024&month=3");
		assertThat(page.selectFirst("table.calendar caption").text()).isEqualTo("2024年3月");
		assertThat(page.select("td.calendar-issue")).isEmpty();
		assertThat(page.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo("/issues?year=2024&month=2");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/issues?year=2024&month=3");
		for (String bad : List.of("/issues?year=2024&month=13", "/issues?year=abc&month=1", "/issues?month=3",
				"/issues?year=99999&month=1")) {
			assertThat(send(bad).statusCode()).as(bad).isEqualTo(404);
		}
	}

	@Test
	void anIssueListsItsPagesInOrderWithTheirHeadlines() throws Exception {
		Document page = page("/issues/2024-02-27");
		assertThat(page.selectFirst("h1").text()).isEqualTo("2024年2月27日 星期二");
		assertThat(page.select(".issue-page-title a").eachText()).containsExactly("第01版：要闻", "第02版：高新区新闻", "第03版：经济");
		assertThat(page.select(".issue-page-title a").eachAttr("href")).containsExactly("/issues/2024-02-27/01",
				"/issues/2024-02-27/02", "/issues/2024-02-27/03");
		assertThat(page.select(".issue-page-entry").first().select(".issue-headlines a").eachText())
			.containsExactly("全市工业经济运行分析会召开", "春季植树造林工作全面展开");
		assertThat(page.select(".issue-thumb img")).hasSize(2);
		assertThat(page.select(".printed-files a")).singleElement()
			.satisfies((link) -> assertThat(link.text()).isEqualTo("下载本版PDF"));
		String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
		JsonNode issue = JsonMapper.builder().build().readTree(jsonLd);
		assertThat(issue.path("@type").asString()).isEqualTo("PublicationIssue");
		assertThat(issue.path("datePublished").asString()).isEqualTo("2024-02-27");
		assertThat(issue.path("hasPart")).hasSize(3);
		assertThat(page.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo("/issues/2024-02-24");
		assertThat(page.selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo("/issues/2024-02-28");
	}

	@Test
	void anotherEditionIsItsOwnIssueWithItsOwnAddresses() throws Exception {
		Document page = page("/issues/2024-02-24");
		assertThat(page.selectFirst(".issue-edition h2").text()).isEqualTo("地方新闻周末版版面目录");
		String link = page.selectFirst(".issue-page-title a").attr("href");
		assertThat(link).isEqualTo("/issues/2024-02-24/01?edition=" + encode(PrintedFixture.WEEKEND_EDITION));
		assertThat(send("/issues/2024-02-24/01").statusCode()).isEqualTo(404);
		Document weekend = page(link);
		assertThat(weekend.selectFirst(".printed-issue").text()).startsWith("地方新闻周末版");
		// its previous and next issue are the weekend edition's, not the daily's
		assertThat(weekend.select("nav.pager a[rel=next]").eachText()).noneMatch((text) -> text.contains("下一期"));
	}

	@Test
	void aPageShowsTheStaffItsBulletinPrintsAtItsFoot() throws Exception {
		Document page = page("/issues/2024-02-28/02");
		assertThat(page.select(".page-staff dt").eachText()).containsExactly("本版编辑", "校对");
		assertThat(page.select(".page-staff dd").eachText()).containsExactly("蓝若溪", "祁明澈");
		// the staff line is the page's, not a paragraph of its last article
		assertThat(page.select(".page-items .card").text()).doesNotContain("蓝若溪");
	}

	@Test
	void aPageShowsItsItemsInPageOrderAndTheWayAround() throws Exception {
		Document page = page("/issues/2024-02-27/02");
		assertThat(page.selectFirst("h1").text()).isEqualTo("第02版：高新区新闻");
		assertThat(page.select(".page-items .card-title a").eachText()).hasSize(3)
			.startsWith("高新区召开企业服务专员工作推进会", "高新区新增两家省级专精特新企业");
		// the photo that closes the page comes last, as printed
		assertThat(page.select(".page-items .card").last().hasClass("card-photo")).isTrue();
		assertThat(page.selectFirst(".page-pager a[rel=prev]").attr("href")).isEqualTo("/issues/2024-02-27/01");
		assertThat(page.selectFirst(".page-pager a[rel=next]").attr("href")).isEqualTo("/issues/2024-02-27/03");
		Element issues = page.select("nav.pager").last();
		// the daily's previous issue is not the weekend edition's
		assertThat(issues.select("a[rel=prev]")).isEmpty();
		assertThat(issues.selectFirst("a[rel=next]").attr("href")).isEqualTo("/issues/2024-02-28/01");
		assertThat(page.selectFirst(".issue-page-list a[aria-current=page]").text()).isEqualTo("第02版：高新区新闻");
		// this page prints no staff line
		assertThat(page.select(".page-staff")).isEmpty();
		assertThat(page.selectFirst(".printed-thumb img").attr("src"))
			.startsWith("/printed/2024-02-27/02.thumb.jpg?v=");
		assertThat(page.selectFirst("link[rel=alternate][title*=高新区新闻]").attr("href"))
			.isEqualTo("/issues/pages/" + encodePath("高新区新闻") + "/feed.atom");
		String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
		assertThat(JsonMapper.builder().build().readTree(jsonLd).path("isPartOf").path("@type").asString())
			.isEqualTo("PublicationIssue");
	}

	@Test
	void aPageNumberWrittenAnotherWayIsSentToItsAddress() throws Exception {
		HttpResponse<String> response = send("/issues/2024-02-27/2");
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/issues/2024-02-27/02"));
		for (String missing : List.of("/issues/2024-02-27/09", "/issues/2024-02-30", "/issues/2024-2-27",
				"/issues/2023-02-27", "/issues/2024-02-27/要闻", "/issues/2024-02-27/0",
				"/issues/2024-02-27/02?edition=nothing", "/printed/2024-02-27/03.pdf", "/printed/2024-02-27/01.gif",
				"/printed/2024-02-27/1.pdf", "/issues/pages/nothing", "/issues/pages/nothing/feed.atom",
				"/api/issues/2024-02-30", "/api/issues/2024-02-27/09")) {
			assertThat(send(missing).statusCode()).as(missing).isEqualTo(404);
		}
	}

	@Test
	void anArticleSaysWhereItWasPrintedAndLinksThePage() throws Exception {
		Document page = page("/issues/2024-02-27/03");
		String article = page.selectFirst(".page-items .card-title a").attr("href");
		Element printed = page(article).selectFirst(".article-printed a");
		assertThat(printed.text()).isEqualTo("本报2024年2月27日 第03版");
		assertThat(printed.attr("href")).isEqualTo("/issues/2024-02-27/03");
	}

	@Test
	void aPagesPdfIsADownloadWithItsTypeLengthAndName() throws Exception {
		Document page = page("/issues/2024-02-27/01");
		String pdf = page.selectFirst(".printed-files a[download]").attr("href");
		HttpResponse<byte[]> response = bytes(pdf, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		byte[] expected = PrintedFixture.FILES.get("2024-02-27-01-要闻.pdf");
		assertThat(response.body()).isEqualTo(expected);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(expected.length);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment;")
				.contains("filename*=UTF-8''" + encodePath("地方新闻-2024-02-27-第01版.pdf")));
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000").contains("immutable"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Page-Cache")).isEmpty();
		String etag = response.headers().firstValue("ETag").orElseThrow();
		assertThat(bytes(pdf, etag).statusCode()).isEqualTo(304);
		// without the version it is revalidated like a page
		HttpResponse<byte[]> unversioned = bytes(pdf.substring(0, pdf.indexOf('?')), null);
		assertThat(unversioned.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=0"));
	}

	@Test
	void aPagesImageAndThumbnailAreShownWithTheirType() throws Exception {
		Document page = page("/issues/2024-02-27/01");
		String image = page.select(".printed-files a").get(1).attr("href");
		assertThat(image).startsWith("/printed/2024-02-27/01.png?v=");
		HttpResponse<byte[]> response = bytes(image, null);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("inline;"));
		HttpResponse<byte[]> thumbnail = bytes(page.selectFirst(".printed-thumb img").attr("src"), null);
		assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(thumbnail.body()).startsWith((byte) 0xFF, (byte) 0xD8);
	}

	@Test
	void eachPageNameHasItsFeed() throws Exception {
		HttpResponse<String> response = send("/issues/pages/" + encodePath("要闻") + "/feed.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
		assertThat(feed.getTitle()).isEqualTo("地方新闻「要闻」版");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactly("市政府召开常务会议", "全市工业经济运行分析会召开", "春季植树造林工作全面展开");
		Document named = page("/issues/pages/" + encodePath("要闻"));
		assertThat(named.select("h2 a").eachAttr("href")).containsExactly("/issues/2024-02-28/01",
				"/issues/2024-02-27/01");
	}

	@Test
	void theSitemapListsIssuesAndPages() throws Exception {
		String sitemap = send("/sitemap.xml").body();
		assertThat(sitemap).contains("<loc>" + BASE + "/issues</loc>", "<loc>" + BASE + "/issues/2024-02-27</loc>",
				"<loc>" + BASE + "/issues/2024-02-27/02</loc>",
				"<loc>" + BASE + "/issues/2024-02-24/01?edition=" + encode(PrintedFixture.WEEKEND_EDITION) + "</loc>");
	}

	@Test
	void theApiListsIssuesAndPages() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode issues = json.readTree(send("/api/issues").body());
		assertThat(issues.path("total").asInt()).isEqualTo(3);
		assertThat(issues.path("items").get(0).path("date").asString()).isEqualTo("2024-02-28");
		JsonNode weekend = issues.path("items").get(2);
		assertThat(weekend.path("editions").get(0).path("name").asString()).isEqualTo(PrintedFixture.WEEKEND_EDITION);
		JsonNode issue = json.readTree(send("/api/issues/2024-02-27").body());
		assertThat(issue.path("editions").get(0).path("pages")).hasSize(3);
		JsonNode page = json.readTree(send("/api/issues/2024-02-27/02").body());
		assertThat(page.path("items")).hasSize(3);
		assertThat(page.path("page").path("pageName").asString()).isEqualTo("高新区新闻");
		assertThat(page.path("staff").isArray()).isTrue();
	}

	@Test
	void issuePagesAreKeptInThePageCache() throws Exception {
		send("/issues/2024-02-28");
		assertThat(send("/issues/2024-02-28").headers().firstValue("X-Page-Cache")).hasValue("hit");
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> send(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> bytes(String path, String ifNoneMatch) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String encodePath(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
