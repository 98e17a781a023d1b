package org.newsportal.site;

import org.springframework.context.annotation.Import;
import org.newsportal.security.SecurityConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsportal.photo.ItemPhotos;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleInContext;
import org.newsportal.article.ArticleService;
import org.newsportal.article.Credit;
import org.newsportal.article.RelatedArticles;
import org.newsportal.correction.Corrections;
import org.newsportal.article.Redirection;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.newsportal.edition.Editions;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.newsportal.site.Cards.MARCH_11;
import static org.newsportal.site.Cards.article;
import static org.newsportal.site.Cards.detail;
import static org.newsportal.site.Cards.reporter;

/**
 * What an article page tells search engines, feed readers and chat apps in its head.
 */
@WebMvcTest(controllers = ArticleController.class, properties = "portal.base-url=https://news.example.cn")
@Import(SecurityConfiguration.class)
class ArticleHeadTests {

	/** Quotes, markup and a script end tag, as an editor could paste into a headline. */
	private static final String HOSTILE = "他说\"好\"</script><script>alert('x')</script> & <b>";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JsonMapper json;

	/** Items' pictures, which the lists and the article page ask for; none here. */
	@MockitoBean(name = "itemPhotos")
	private ItemPhotos photos;

	@MockitoBean
	private Corrections corrections;

	@BeforeEach
	void noCorrections() {
		org.mockito.BDDMockito.given(this.corrections.resolve(org.mockito.ArgumentMatchers.anyString()))
			.willReturn(Redirection.UNKNOWN);
	}

	@MockitoBean
	private ArticleService articles;

	@MockitoBean
	private Editions editions;

	@MockitoBean
	private RelatedArticles related;

	@Test
	void articleHeadHasItsOwnTitleDescriptionCanonicalAndSharingTags() throws Exception {
		Document page = page("2024-03-11-lead", "高新区党政联席会议召开", reporter("郭树勋"), new Credit("刘晋丽", "通讯员"));

		String canonical = "https://news.example.cn/articles/2024-03-11-lead";
		assertThat(page.title()).isEqualTo("高新区党政联席会议召开 - 地方新闻");
		assertThat(meta(page, "name", "description")).isEqualTo("高新区党政联席会议召开的摘要。");
		assertThat(page.select("link[rel=canonical]")).singleElement()
			.satisfies((link) -> assertThat(link.attr("href")).isEqualTo(canonical));
		assertThat(meta(page, "property", "og:title")).isEqualTo("高新区党政联席会议召开");
		assertThat(meta(page, "property", "og:type")).isEqualTo("article");
		assertThat(meta(page, "property", "og:url")).isEqualTo(canonical);
		assertThat(meta(page, "property", "og:description")).isEqualTo("高新区党政联席会议召开的摘要。");
		assertThat(meta(page, "property", "og:site_name")).isEqualTo("地方新闻");
		assertThat(meta(page, "property", "article:published_time")).isEqualTo("2024-03-11T00:00:00+08:00");
		assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
		assertThat(meta(page, "name", "twitter:title")).isEqualTo("高新区党政联席会议召开");
		assertThat(page.select("link[rel=alternate]")).extracting((link) -> link.attr("type") + " " + link.attr("href"))
			.containsExactly("application/atom+xml /feed.atom", "application/rss+xml /feed.rss");

		JsonNode data = jsonLd(page);
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(data.get("headline").asString()).isEqualTo("高新区党政联席会议召开");
		assertThat(data.get("datePublished").asString()).isEqualTo("2024-03-11T00:00:00+08:00");
		assertThat(data.get("dateline").asString()).isEqualTo("2024年3月11日上午");
		assertThat(data.get("mainEntityOfPage").asString()).isEqualTo(canonical);
		assertThat(data.get("author")).hasSize(2);
		assertThat(data.get("author").get(0).get("@type").asString()).isEqualTo("Person");
		assertThat(data.get("author").get(0).get("name").asString()).isEqualTo("郭树勋");
		assertThat(data.get("author").get(0).get("jobTitle").asString()).isEqualTo("记者");
		assertThat(data.get("author").get(1).get("name").asString()).isEqualTo("刘晋丽");
		assertThat(data.get("publisher").get("name").asString()).isEqualTo("地方新闻");
		assertThat(data.get("publisher").get("url").asString()).isEqualTo("https://news.example.cn/");
	}

	@Test
	void headlineWithQuotesAndAScriptEndTagStaysInsideValidJson() throws Exception {
		MvcTestResult result = exchange("2024-03-11-hostile", HOSTILE);
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(body);

		assertThat(body).doesNotContain("<script>alert");
		assertThat(jsonLd(page).get("headline").asString()).isEqualTo(HOSTILE);
		assertThat(meta(page, "property", "og:title")).isEqualTo(HOSTILE);
		assertThat(page.selectFirst("h1").text()).isEqualTo(HOSTILE);
	}

	@Test
	void anItemWithoutBylinesIsThePapersOwn() throws Exception {
		JsonNode data = jsonLd(page("2024-03-11-comment", "评论：把好事办好"));
		assertThat(data.get("author")).singleElement()
			.satisfies((author) -> assertThat(author.get("name").asString()).isEqualTo("地方新闻"));
	}

	@Test
	void theHeadNeedsNoInlineScriptOrStyleForTheContentSecurityPolicy() throws Exception {
		Document page = page("2024-03-11-lead", "高新区党政联席会议召开", reporter("郭树勋"));
		assertThat(page.select("script"))
			.allSatisfy((script) -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
		assertThat(page.select("style, [style]")).isEmpty();
	}

	private Document page(String slug, String title, Credit... bylines) throws Exception {
		MvcTestResult result = exchange(slug, title, bylines);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private MvcTestResult exchange(String slug, String title, Credit... bylines) {
		ArticleCard card = article(slug, title, MARCH_11, bylines);
		ArticleInContext found = new ArticleInContext(detail(card, List.of(), "<p>正文。</p>"), null, null, List.of(), 0);
		given(this.articles.findInContext(slug)).willReturn(Optional.of(found));
		given(this.related.related(found)).willReturn(List.of());
		MvcTestResult result = this.mvc.get().uri("/articles/" + slug).exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

	private JsonNode jsonLd(Document page) {
		List<Element> scripts = page.select("script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		return this.json.readTree(scripts.get(0).data());
	}

	private static String meta(Document page, String attribute, String name) {
		Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
		assertThat(meta).as(name).isNotNull();
		return meta.attr("content");
	}

}
