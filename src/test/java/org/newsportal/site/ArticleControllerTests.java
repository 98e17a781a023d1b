package org.newsportal.site;

import org.springframework.context.annotation.Import;
import org.newsportal.security.SecurityConfiguration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsportal.photo.ItemPhotos;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleInContext;
import org.newsportal.article.ArticleService;
import org.newsportal.article.Credit;
import org.newsportal.article.Mention;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.newsportal.edition.Editions;
import org.newsportal.edition.PageLabel;
import org.newsportal.edition.PrintedPlace;
import org.newsportal.article.RelatedArticles;
import org.newsportal.correction.Corrections;
import org.newsportal.article.Redirection;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.newsportal.site.Cards.MARCH_11;
import static org.newsportal.site.Cards.MARCH_6;
import static org.newsportal.site.Cards.article;
import static org.newsportal.site.Cards.detail;
import static org.newsportal.site.Cards.photo;
import static org.newsportal.site.Cards.reporter;
import static org.newsportal.site.FrontPageControllerTests.html;

@WebMvcTest(ArticleController.class)
@Import(SecurityConfiguration.class)
class ArticleControllerTests {

	@Autowired
	private MockMvcTester mvc;

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
	void articlePageSaysWhereItWasPrinted() throws Exception {
		ArticleCard card = article("2024-03-11-lead", "高新区党政联席会议召开", MARCH_11, reporter("郭树勋"));
		given(this.articles.findInContext("2024-03-11-lead")).willReturn(
				Optional.of(new ArticleInContext(detail(card, List.of(), "<p>正文。</p>"), null, null, List.of(), 0)));
		given(this.editions.placeOf(card.bulletin())).willReturn(Optional
			.of(new PrintedPlace(LocalDate.of(2024, 3, 12), PageLabel.of(2), "要闻", null, "/issues/2024-03-12/02")));

		Document page = html(this.mvc.get().uri("/articles/2024-03-11-lead").exchange(), HttpStatus.OK);

		Element printed = page.selectFirst(".article-printed a");
		assertThat(printed.text()).isEqualTo("本报2024年3月12日 第02版");
		assertThat(printed.attr("href")).isEqualTo("/issues/2024-03-12/02");
		assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains("\"printPage\":\"02\"",
				"\"printSection\":\"要闻\"");
	}

	@Test
	void anArticleFromAnotherEditionNamesIt() throws Exception {
		ArticleCard card = article("2024-03-11-lead", "高新区党政联席会议召开", MARCH_11, reporter("郭树勋"));
		given(this.articles.findInContext("2024-03-11-lead")).willReturn(
				Optional.of(new ArticleInContext(detail(card, List.of(), "<p>正文。</p>"), null, null, List.of(), 0)));
		given(this.editions.placeOf(card.bulletin())).willReturn(Optional.of(new PrintedPlace(LocalDate.of(2024, 3, 16),
				new PageLabel("A", 3), null, "焦作日报周末版", "/issues/2024-03-16/A03?edition=x")));

		Document page = html(this.mvc.get().uri("/articles/2024-03-11-lead").exchange(), HttpStatus.OK);

		assertThat(page.selectFirst(".article-printed a").text()).isEqualTo("焦作日报周末版2024年3月16日 A03版");
	}

	@Test
	void anArticleNotInThePrintedEditionSaysNothingOfIt() throws Exception {
		ArticleCard card = article("2024-03-11-lead", "高新区党政联席会议召开", MARCH_11, reporter("郭树勋"));
		given(this.articles.findInContext("2024-03-11-lead")).willReturn(
				Optional.of(new ArticleInContext(detail(card, List.of(), "<p>正文。</p>"), null, null, List.of(), 0)));

		Document page = html(this.mvc.get().uri("/articles/2024-03-11-lead").exchange(), HttpStatus.OK);

		assertThat(page.select(".article-printed")).isEmpty();
		assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("printPage");
	}

	@Test
	void articlePageShowsTheStoryWithItsBylinesPeopleAndNeighbours() throws Exception {
		ArticleCard card = article("2024-03-11-lead", "高新区党政联席会议召开", MARCH_11, reporter("郭树勋"),
				new Credit("刘晋丽", "通讯员"), reporter("赵根志"));
		List<Mention> mentions = List.of(new Mention("吕沛", "市政协副主席", true), new Mention("官卫红", null, true),
				new Mention("习近平", "总书记", false));
		ArticleCard newer = article("newer", "较新的一条", MARCH_11);
		ArticleCard older = article("older", "较早的一条", MARCH_11);
		ArticleInContext found = new ArticleInContext(
				detail(card, mentions, "<p>会议强调，要<strong>认真学习</strong>。</p><table><tr><td>1</td></tr></table>"), newer,
				older, List.of(newer, older), 2);
		given(this.related.related(found)).willReturn(List.of(article("2024-03-09-city", "高新区城改项目推进会议召开", MARCH_11)));
		given(this.articles.findInContext("2024-03-11-lead")).willReturn(Optional.of(found));

		Document page = html(this.mvc.get().uri("/articles/2024-03-11-lead").exchange(), HttpStatus.OK);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.title()).isEqualTo("高新区党政联席会议召开 - 地方新闻");
		assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("高新区党政联席会议召开的摘要。");
		assertThat(page.selectFirst("main#main h1").text()).isEqualTo("高新区党政联席会议召开");
		assertThat(page.selectFirst(".article-meta").text()).isEqualTo("2024年3月11日 上午");
		assertThat(page.selectFirst(".article-meta time").attr("datetime")).isEqualTo("2024-03-11");
		Element bylines = page.selectFirst(".bylines");
		assertThat(bylines.text()).isEqualTo("记者 郭树勋 赵根志　通讯员 刘晋丽");
		assertThat(bylines.select("a").eachAttr("href")).containsExactly("/reporters/%E9%83%AD%E6%A0%91%E5%8B%8B",
				"/reporters/%E8%B5%B5%E6%A0%B9%E5%BF%97", "/reporters/%E5%88%98%E6%99%8B%E4%B8%BD");
		// The stored HTML is already sanitised, so it is output as markup, not as text
		assertThat(page.selectFirst(".article-body strong").text()).isEqualTo("认真学习");
		assertThat(page.select(".article-body table")).hasSize(1);
		Element present = page.selectFirst(".present");
		assertThat(present.selectFirst("h2").text()).isEqualTo("出席人员");
		assertThat(present.select("li").eachText()).containsExactly("吕沛（市政协副主席）", "官卫红");
		assertThat(present.select("a").eachAttr("href")).containsExactly("/people/%E5%90%95%E6%B2%9B",
				"/people/%E5%AE%98%E5%8D%AB%E7%BA%A2");
		assertThat(page.selectFirst(".article-nav a[rel=prev]").attr("href")).isEqualTo("/articles/newer");
		assertThat(page.selectFirst(".article-nav a[rel=next]").attr("href")).isEqualTo("/articles/older");
		assertThat(page.select(".same-day a").eachText()).containsExactly("较新的一条", "较早的一条");
		assertThat(page.select(".same-day p")).as("no link to the day when all its items are listed").isEmpty();
		assertThat(page.select(".label")).isEmpty();
		assertThat(page.select(".related a").eachAttr("href")).containsExactly("/articles/2024-03-09-city");
	}

	@Test
	void aDayWithMoreItemsThanListedLinksToItsDayPage() throws Exception {
		ArticleCard card = article("2024-03-11-lead", "高新区党政联席会议召开", MARCH_11);
		ArticleCard other = article("2024-03-11-other", "同日另一条", MARCH_11);
		given(this.articles.findInContext("2024-03-11-lead")).willReturn(Optional
			.of(new ArticleInContext(detail(card, List.of(), "<p>正文。</p>"), null, other, List.of(other), 2_499)));

		Document page = html(this.mvc.get().uri("/articles/2024-03-11-lead").exchange(), HttpStatus.OK);

		Element all = page.selectFirst(".same-day p a");
		assertThat(all.text()).isEqualTo("查看当日全部 2,499 条新闻");
		assertThat(all.attr("href")).isEqualTo("/dates/2024-03-11");
	}

	@Test
	void photoPageShowsItsLabelAndCredit() throws Exception {
		ArticleCard card = photo("2024-03-06-photo", "春日赏花", MARCH_6);
		given(this.articles.findInContext("2024-03-06-photo")).willReturn(Optional
			.of(new ArticleInContext(detail(card, List.of(), "<p>春日赏花，市民在公园里赏花。</p>"), null, null, List.of(), 0)));

		Document page = html(this.mvc.get().uri("/articles/2024-03-06-photo").exchange(), HttpStatus.OK);

		assertThat(page.selectFirst(".article .label").text()).isEqualTo("图片新闻");
		assertThat(page.selectFirst(".photo-credit").text()).isEqualTo("本报记者 付凯明 摄");
		assertThat(page.selectFirst(".article-meta").text()).isEqualTo("2024年3月6日");
		assertThat(page.select(".bylines, .present, .article-nav, .same-day")).isEmpty();
	}

	@Test
	void unknownArticleIsNotFound() throws Exception {
		given(this.articles.findInContext("nope")).willReturn(Optional.empty());

		Document page = html(this.mvc.get().uri("/articles/nope").exchange(), HttpStatus.NOT_FOUND);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
		assertThat(page.selectFirst(".error-links a").attr("href")).isEqualTo("/");
	}

}
