package org.newsportal.site;

import org.springframework.context.annotation.Import;
import org.newsportal.security.SecurityConfiguration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsportal.photo.ItemPhotos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleService;
import org.newsportal.article.DateCount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.newsportal.site.Cards.MARCH_5;
import static org.newsportal.site.Cards.MARCH_6;
import static org.newsportal.site.Cards.article;
import static org.newsportal.site.Cards.photo;
import static org.newsportal.site.FrontPageControllerTests.html;

@WebMvcTest(DateController.class)
@Import(SecurityConfiguration.class)
class DateControllerTests {

	@Autowired
	private MockMvcTester mvc;

	/** Items' pictures, which the lists and the article page ask for; none here. */
	@MockitoBean(name = "itemPhotos")
	private ItemPhotos photos;

	@MockitoBean
	private ArticleService articles;

	@Test
	void dateIndexListsYearsMonthsAndDaysWithAChart() throws Exception {
		given(this.articles.dates()).willReturn(List.of(new DateCount(LocalDate.of(2024, 3, 11), 2),
				new DateCount(MARCH_6, 3), new DateCount(MARCH_5, 1), new DateCount(LocalDate.of(2023, 12, 31), 4)));

		Document page = html(this.mvc.get().uri("/dates").exchange(), HttpStatus.OK);

		assertThat(page.title()).isEqualTo("按日期浏览 - 地方新闻");
		assertThat(page.select(".archive-year > h2").eachText()).containsExactly("2024年 6条", "2023年 4条");
		assertThat(page.select(".archive-month > h3").eachText()).containsExactly("3月 6条", "12月 4条");
		Element march6 = page.selectFirst(".archive-days a[href=/dates/2024-03-06]");
		assertThat(march6.text()).isEqualTo("2024年3月6日 星期三");
		assertThat(march6.parent().selectFirst(".count").text()).isEqualTo("3条");

		Element svg = page.selectFirst("figure.chart svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("viewBox")).isEqualTo("0 0 480 200");
		assertThat(svg.selectFirst("title#chart-title").text()).isEqualTo("每日新闻条数");
		assertThat(svg.selectFirst("desc").text()).contains("2024年2月10日至2024年3月11日", "最多的一天4条");
		// The last 31 days up to the newest, gaps included; the year before is left out
		assertThat(svg.select("rect")).hasSize(31);
		Element table = page.selectFirst("figure.chart table.visually-hidden");
		assertThat(table.select("tbody tr").last().text()).isEqualTo("2024年3月11日 2");
		assertThat(page.select("main title")).hasSize(32);
		assertThat(page.title()).doesNotContain("每日新闻条数");
	}

	@Test
	void dateIndexOfAnEmptyArchiveSaysSo() throws Exception {
		given(this.articles.dates()).willReturn(List.of());

		Document page = html(this.mvc.get().uri("/dates").exchange(), HttpStatus.OK);

		assertThat(page.selectFirst("main .empty").text()).isEqualTo("还没有新闻。");
		assertThat(page.select("svg, .archive-year")).isEmpty();
	}

	@Test
	void dayPageListsTheDayAndLinksToTheDaysAround() throws Exception {
		given(this.articles.onDate(MARCH_6, 1, DateController.PAGE_SIZE)).willReturn(new ResultPage<>(
				List.of(article("march-6", "高新区召开大气污染防治攻坚工作推进会", MARCH_6), photo("flowers", "春日赏花", MARCH_6)), 1,
				DateController.PAGE_SIZE, 2));
		given(this.articles.dateBefore(MARCH_6)).willReturn(Optional.of(MARCH_5));
		given(this.articles.dateAfter(MARCH_6)).willReturn(Optional.empty());

		Document page = html(this.mvc.get().uri("/dates/2024-03-06").exchange(), HttpStatus.OK);

		assertThat(page.title()).isEqualTo("2024年3月6日 星期三 - 地方新闻");
		assertThat(page.selectFirst("main#main h1").text()).isEqualTo("2024年3月6日 星期三");
		assertThat(page.select(".card-title a").eachText()).containsExactly("高新区召开大气污染防治攻坚工作推进会", "春日赏花");
		assertThat(page.select(".card-title a").eachAttr("href")).containsExactly("/articles/march-6",
				"/articles/flowers");
		assertThat(page.selectFirst(".card-photo .label").text()).isEqualTo("图片新闻");
		Element previous = page.selectFirst(".pager a[rel=prev]");
		assertThat(previous.attr("href")).isEqualTo("/dates/2024-03-05");
		assertThat(previous.text()).isEqualTo("前一天：2024年3月5日");
		assertThat(page.selectFirst(".pager a[rel=next]")).isNull();
		assertThat(page.selectFirst(".pager-status")).as("one page, no pager").isNull();
	}

	@Test
	void aDayOfThousandsIsPaged() throws Exception {
		List<ArticleCard> second = IntStream.range(0, DateController.PAGE_SIZE)
			.mapToObj((i) -> article("item-" + i, "第" + i + "条", MARCH_6))
			.toList();
		given(this.articles.onDate(MARCH_6, 2, DateController.PAGE_SIZE))
			.willReturn(new ResultPage<>(second, 2, DateController.PAGE_SIZE, 2_500));
		given(this.articles.dateBefore(MARCH_6)).willReturn(Optional.of(MARCH_5));
		given(this.articles.dateAfter(MARCH_6)).willReturn(Optional.empty());

		Document page = html(this.mvc.get().uri("/dates/2024-03-06?page=2").exchange(), HttpStatus.OK);

		assertThat(page.title()).isEqualTo("2024年3月6日 星期三（第 2 页） - 地方新闻");
		assertThat(page.selectFirst("#day-items").text()).isEqualTo("本日新闻 2,500 条");
		assertThat(page.select(".card-title a")).hasSize(DateController.PAGE_SIZE);
		assertThat(page.selectFirst(".pager-status").text()).isEqualTo("第 2 页，共 25 页");
		assertThat(page.select(".pager a[rel=prev]").eachAttr("href")).containsExactly("/dates/2024-03-06?page=1",
				"/dates/2024-03-05");
		assertThat(page.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/dates/2024-03-06?page=3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "99", "2147483647", "x" })
	void aPageTheDayDoesNotHaveIsNotFound(String number) throws Exception {
		given(this.articles.onDate(any(), anyInt(), anyInt()))
			.willAnswer((call) -> new ResultPage<>(List.of(), call.getArgument(1), call.getArgument(2), 3));

		Document page = html(this.mvc.get().uri("/dates/2024-03-06?page={page}", number).exchange(),
				HttpStatus.NOT_FOUND);

		assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
	}

	@Test
	void dayWithoutItemsIsNotFound() throws Exception {
		given(this.articles.onDate(LocalDate.of(2024, 3, 1), 1, DateController.PAGE_SIZE))
			.willReturn(new ResultPage<>(List.of(), 1, DateController.PAGE_SIZE, 0));

		Document page = html(this.mvc.get().uri("/dates/2024-03-01").exchange(), HttpStatus.NOT_FOUND);

		assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-13-45", "2024-02-30", "abc", "20240306", "2024-3-6" })
	void malformedDateIsNotFound(String date) throws Exception {
		Document page = html(this.mvc.get().uri("/dates/{date}", date).exchange(), HttpStatus.NOT_FOUND);

		assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
		assertThat(page.selectFirst("header .site-name").text()).isEqualTo("地方新闻");
		then(this.articles).should(never()).onDate(any(), anyInt(), anyInt());
	}

}
