package org.newsportal.site;

import org.springframework.context.annotation.Import;
import org.newsportal.security.SecurityConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsportal.photo.ItemPhotos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleService;
import org.newsportal.article.Credit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.newsportal.edition.Editions;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.newsportal.site.Cards.MARCH_11;
import static org.newsportal.site.Cards.MARCH_5;
import static org.newsportal.site.Cards.MARCH_6;
import static org.newsportal.site.Cards.article;
import static org.newsportal.site.Cards.photo;
import static org.newsportal.site.Cards.reporter;

@WebMvcTest(FrontPageController.class)
@Import(SecurityConfiguration.class)
class FrontPageControllerTests {

	@Autowired
	private MockMvcTester mvc;

	/** Items' pictures, which the lists and the article page ask for; none here. */
	@MockitoBean(name = "itemPhotos")
	private ItemPhotos photos;

	@MockitoBean
	private ArticleService articles;

	@MockitoBean
	private Editions editions;

	@Test
	void frontPageLeadsWithTheNewestStoryAndGroupsEarlierDays() throws Exception {
		List<ArticleCard> items = List.of(
				article("lead", "高新区党政联席会议召开", MARCH_11, reporter("郭树勋"), new Credit("刘晋丽", "通讯员")),
				article("same-day", "高新区城改项目推进会议召开", MARCH_11), article("march-6", "高新区召开大气污染防治攻坚工作推进会", MARCH_6),
				photo("flowers", "春日赏花", MARCH_6), article("march-5", "高新区领导与专家举行工作会谈", MARCH_5));
		given(this.articles.latest(1, 20)).willReturn(new ResultPage<>(items, 1, 20, items.size()));

		Document page = html(this.mvc.get().uri("/").exchange(), HttpStatus.OK);

		Element lead = page.selectFirst("main .lead");
		assertThat(lead.selectFirst(".lead-title a").text()).isEqualTo("高新区党政联席会议召开");
		assertThat(lead.selectFirst(".lead-title a").attr("href")).isEqualTo("/articles/lead");
		assertThat(lead.selectFirst(".lead-summary").text()).isEqualTo("高新区党政联席会议召开的摘要。");
		assertThat(lead.selectFirst(".bylines").text()).isEqualTo("记者 郭树勋　通讯员 刘晋丽");
		assertThat(page.select(".day-latest .cards .card-title").eachText()).containsExactly("高新区城改项目推进会议召开");
		assertThat(page.select(".day-heading").eachText()).containsExactly("2024年3月11日 星期一", "2024年3月6日 星期三",
				"2024年3月5日 星期二");
		assertThat(page.select(".day-heading a").eachAttr("href")).containsExactly("/dates/2024-03-06",
				"/dates/2024-03-05");
		Element photo = page.selectFirst(".card-photo");
		assertThat(photo.selectFirst(".label").text()).isEqualTo("图片新闻");
		assertThat(photo.selectFirst(".caption").text()).isEqualTo("春日赏花，市民在公园里赏花。");
		assertThat(photo.selectFirst(".photo-credit").text()).isEqualTo("本报记者 付凯明 摄");
		assertThat(page.selectFirst(".pager")).isNull();
	}

	@Test
	void theFrontPageLinksTodaysIssueOrElseTheLatest() throws Exception {
		given(this.articles.latest(1, 20))
			.willReturn(new ResultPage<>(List.of(article("lead", "高新区党政联席会议召开", MARCH_11)), 1, 20, 1));
		given(this.editions.latestIssue()).willReturn(Optional.of(LocalDate.of(2024, 3, 12)));
		given(this.editions.today()).willReturn(LocalDate.of(2024, 3, 12));

		Element today = html(this.mvc.get().uri("/").exchange(), HttpStatus.OK).selectFirst(".front-issue a");
		assertThat(today.text()).isEqualTo("今日数字报");
		assertThat(today.attr("href")).isEqualTo("/issues/2024-03-12");

		given(this.editions.today()).willReturn(LocalDate.of(2024, 3, 14));
		Element latest = html(this.mvc.get().uri("/").exchange(), HttpStatus.OK).selectFirst(".front-issue a");
		assertThat(latest.text()).isEqualTo("最新数字报：2024年3月12日");

		given(this.editions.latestIssue()).willReturn(Optional.empty());
		assertThat(html(this.mvc.get().uri("/").exchange(), HttpStatus.OK).select(".front-issue")).isEmpty();
	}

	@Test
	void everyPageSharesTheLayout() throws Exception {
		given(this.articles.latest(1, 20))
			.willReturn(new ResultPage<>(List.of(article("lead", "高新区党政联席会议召开", MARCH_11)), 1, 20, 1));

		Document page = html(this.mvc.get().uri("/?q={q}&q=x", "测试").exchange(), HttpStatus.OK);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.title()).isEqualTo("地方新闻");
		assertThat(page.selectFirst("meta[name=description]").attr("content")).isNotBlank();
		assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
		assertThat(page.select("main#main")).hasSize(1);
		assertThat(page.selectFirst("header .site-name").text()).isEqualTo("地方新闻");
		assertThat(page.select("header nav a").eachAttr("href")).containsExactly("/", "/issues", "/dates", "/reporters",
				"/people");
		Element search = page.selectFirst("form[role=search]");
		assertThat(search.attr("action")).isEqualTo("/search");
		assertThat(search.attr("method")).isEqualTo("get");
		Element query = search.selectFirst("input[name=q]");
		assertThat(query.val()).isEqualTo("测试");
		String inputId = query.id();
		assertThat(search.selectFirst("label[for=" + inputId + "]").text()).isEqualTo("搜索新闻");
		assertThat(page.select("footer")).hasSize(1);
		// Content-hashed, so it can be cached for a year
		assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(page.select("script, style, [style]")).isEmpty();
	}

	@Test
	void emptyDatabaseSaysThereIsNoNewsYet() throws Exception {
		given(this.articles.latest(1, 20)).willReturn(new ResultPage<>(List.of(), 1, 20, 0));

		Document page = html(this.mvc.get().uri("/").exchange(), HttpStatus.OK);

		assertThat(page.selectFirst("main h2").text()).isEqualTo("还没有新闻");
		assertThat(page.select(".card, .lead, .pager")).isEmpty();
	}

	@Test
	void longListsArePagedTwentyAtATime() throws Exception {
		List<ArticleCard> second = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			second.add(article("a" + i, "第" + i + "条", MARCH_5));
		}
		given(this.articles.latest(2, 20)).willReturn(new ResultPage<>(second, 2, 20, 45));

		Document page = html(this.mvc.get().uri("/?page=2").exchange(), HttpStatus.OK);

		assertThat(page.selectFirst(".lead")).isNull();
		assertThat(page.select(".card")).hasSize(20);
		assertThat(page.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/?page=1");
		assertThat(page.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/?page=3");
		assertThat(page.selectFirst(".pager-status").text()).isEqualTo("第 2 页，共 3 页");
		assertThat(page.title()).isEqualTo("地方新闻 - 第 2 页，共 3 页");
	}

	@Test
	void aPagePastTheEndIsNotFound() throws Exception {
		given(this.articles.latest(5, 20)).willReturn(new ResultPage<>(List.of(), 5, 20, 45));

		Document page = html(this.mvc.get().uri("/?page=5").exchange(), HttpStatus.NOT_FOUND);

		assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "abc", "1.5", "99999999999", "2147483647" })
	void badPageNumbersAreNotFoundWithoutAskingTheDatabase(String number) throws Exception {
		Document page = html(this.mvc.get().uri("/?page={page}", number).exchange(), HttpStatus.NOT_FOUND);

		assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
		assertThat(page.selectFirst("header .site-name").text()).isEqualTo("地方新闻");
		then(this.articles).should(never()).latest(anyInt(), anyInt());
	}

	static Document html(MvcTestResult result, HttpStatus status) throws Exception {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith("text/html");
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
