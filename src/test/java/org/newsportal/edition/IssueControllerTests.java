package org.newsportal.edition;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsportal.photo.ItemPhotos;
import org.newsportal.security.SecurityConfiguration;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleLinks;
import org.newsportal.article.Credit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@WebMvcTest(IssueController.class)
@Import(SecurityConfiguration.class)
class IssueControllerTests {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

	@Autowired
	private MockMvcTester mvc;

	/** Items' pictures, which the lists and the article page ask for; none here. */
	@MockitoBean(name = "itemPhotos")
	private ItemPhotos photos;

	@MockitoBean
	private Editions editions;

	@Test
	void aPageShowsItsStaffWhenThereAreAny() throws Exception {
		PageLink page = new PageLink("", DAY, PageLabel.of(2), "要闻", "/issues/2024-03-12/02");
		ArticleCard item = new ArticleCard("s", ArticleLinks.url("s"), "标题", null, "article", DAY, null,
				List.of(new Credit("甲", "记者")), List.of(), "摘要。", "p.md", null);
		given(this.editions.page("", DAY, PageLabel.of(2))).willReturn(Optional.of(new PageView(page, "焦作日报",
				List.of(item), List.of(new PageStaff("本版编辑", "张三"), new PageStaff("校对", "李四")), null, null, null,
				List.of(page), null, null, null, null)));

		Document html = html(this.mvc.get().uri("/issues/2024-03-12/02").exchange(), HttpStatus.OK);

		assertThat(html.select(".page-staff dt").eachText()).containsExactly("本版编辑", "校对");
		assertThat(html.select(".page-staff dd").eachText()).containsExactly("张三", "李四");
		assertThat(html.select(".printed-files-block")).isEmpty();
		assertThat(html.selectFirst("title").text()).isEqualTo("2024年3月12日 第02版：要闻 - 地方新闻");
	}

	@Test
	void malformedAddressesAreNotFoundWithoutAsking() throws Exception {
		for (String path : List.of("/issues/2024-13-01", "/issues/yesterday", "/issues/2024-03-12/x",
				"/issues/2024-03-12/1000", "/issues?year=2024", "/issues?year=2024&month=0")) {
			assertThat(this.mvc.get().uri(path).exchange()).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
		then(this.editions).should(never()).page(any(), any(), any());
		then(this.editions).should(never()).calendar(any());
	}

	@Test
	void anEmptyArchiveSaysSo() throws Exception {
		YearMonth month = YearMonth.of(2024, 3);
		given(this.editions.calendar(null))
			.willReturn(new CalendarView(month, List.of(), List.of(), null, null, List.of()));
		given(this.editions.today()).willReturn(DAY);

		Document html = html(this.mvc.get().uri("/issues").exchange(), HttpStatus.OK);

		assertThat(html.selectFirst("p.empty").text()).isEqualTo("还没有数字报。导入的版面注明出版日期后会出现在这里。");
		assertThat(html.selectFirst("#issues-year option[selected]").val()).isEqualTo("2024");
	}

	private static Document html(MvcTestResult result, HttpStatus status) throws Exception {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith("text/html");
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
