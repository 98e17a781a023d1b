package org.newsportal.search;

import org.springframework.context.annotation.Import;
import org.newsportal.security.SecurityConfiguration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.newsportal.ResultPage;
import org.newsportal.article.Credit;
import org.newsportal.photo.ItemPhotos;
import org.newsportal.bulletin.ItemKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = { SearchController.class, SearchApiController.class })
@Import(SecurityConfiguration.class)
class SearchControllerTests {

	private static final SearchHit HIT = new SearchHit("2024-03-11-abc", "/articles/2024-03-11-abc", "高新区党政联席会议召开",
			"<mark>高新区</mark>党政联席会议召开", LocalDate.of(2024, 3, 11), "article", List.of(new Credit("郭树勋", "记者")),
			"党工委书记吕沛主持召开<mark>高新区</mark>2024年第3次党政联席会议&lt;b&gt;");

	@Autowired
	private MockMvc mvc;

	/** Items' pictures, which the lists ask for; none here. */
	@MockitoBean(name = "itemPhotos")
	private ItemPhotos photos;

	@MockitoBean
	private SearchService search;

	@BeforeEach
	void results() {
		given(this.search.search(any())).willAnswer((invocation) -> {
			SearchQuery query = invocation.getArgument(0);
			if (query.isBlank() || query.text().contains("无")) {
				return new ResultPage<>(List.of(), 1, query.size(), 0);
			}
			return new ResultPage<>(List.of(HIT), query.page(), query.size(), 41);
		});
	}

	@Test
	void pageShowsRankedResults() throws Exception {
		this.mvc.perform(get("/search").param("q", "高新区"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("找到 41 条结果")))
			.andExpect(content()
				.string(containsString("<a href=\"/articles/2024-03-11-abc\"><mark>高新区</mark>党政联席会议召开</a>")))
			.andExpect(content().string(containsString("2024年3月11日")))
			.andExpect(content().string(containsString("记者 郭树勋")))
			.andExpect(content().string(containsString("2024年第3次党政联席会议&lt;b&gt;")))
			.andExpect(content().string(containsString("<label for=\"search-from\">开始日期</label>")))
			.andExpect(content().string(containsString("第 1 页，共 3 页")))
			.andExpect(content().string(containsString(
					"<a rel=\"next\" href=\"/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA&amp;page=2\">下一页</a>")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))))
			.andExpect(content().string(containsString("<title>“高新区”的搜索结果 - 地方新闻</title>")));
	}

	@Test
	void tooManySearchesAtOnceAreRefusedWithRetryAfterRatherThanLeftToTimeOut() throws Exception {
		willThrow(new SearchBusyException()).given(this.search).search(any());
		for (String path : List.of("/search", "/api/search")) {
			this.mvc.perform(get(path).param("q", "高新区"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", SearchBusyException.RETRY_AFTER))
				.andExpect(header().string("Cache-Control", containsString("no-store")));
		}
	}

	@Test
	void pageSaysWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/search").param("q", "无<b>此</b>事"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有找到与「无&lt;b&gt;此&lt;/b&gt;事」相关的内容")))
			.andExpect(content().string(not(containsString("<b>此</b>"))));
	}

	@Test
	void emptyQueryShowsTheForm() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入要搜索的关键词")))
			.andExpect(content().string(not(containsString("没有找到"))));
	}

	@Test
	void filtersArePassedOn() throws Exception {
		this.mvc
			.perform(get("/search").param("q", "吕沛")
				.param("from", "2024-03-01")
				.param("to", "2024-03-31")
				.param("reporter", "郭树勋")
				.param("kind", "PHOTO")
				.param("page", "2")
				.param("size", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2024-03-01\"")))
			.andExpect(content().string(containsString("<option value=\"photo\" selected=\"selected\">")));
		ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
		verify(this.search).search(query.capture());
		assertThat(query.getValue()).isEqualTo(new SearchQuery("吕沛", LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 3, 31), "郭树勋", ItemKind.PHOTO, 2, 10));
	}

	@Test
	void badFiltersAreIgnoredWithANote() throws Exception {
		this.mvc
			.perform(get("/search").param("q", "吕沛")
				.param("from", "2024-02-30")
				.param("to", "yesterday")
				.param("kind", "video")
				.param("page", "-3")
				.param("size", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无法识别日期“2024-02-30”")))
			.andExpect(content().string(containsString("无法识别日期“yesterday”")));
		ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
		verify(this.search).search(query.capture());
		assertThat(query.getValue()).isEqualTo(new SearchQuery("吕沛", null, null, null, null, 1, 20));
	}

	@Test
	void swappedDatesAreTurnedAround() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "吕沛").param("from", "2024-03-31").param("to", "2024-03-01"))
			.andExpect(status().isOk());
		ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
		verify(this.search).search(query.capture());
		assertThat(query.getValue().from()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(query.getValue().to()).isEqualTo(LocalDate.of(2024, 3, 31));
	}

	@Test
	void hugePageNumbersAreClamped() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "吕沛").param("page", "99999999999999").param("size", "5000"))
			.andExpect(status().isOk());
		ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
		verify(this.search).search(query.capture());
		assertThat(query.getValue().page()).isEqualTo(Integer.MAX_VALUE);
		assertThat(query.getValue().size()).isEqualTo(SearchQuery.MAX_SIZE);
	}

	@Test
	void apiAnswersInTheListEnvelope() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "高新区"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(41))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[0].slug").value("2024-03-11-abc"))
			.andExpect(jsonPath("$.items[0].url").value("/articles/2024-03-11-abc"))
			.andExpect(jsonPath("$.items[0].title").value("高新区党政联席会议召开"))
			.andExpect(jsonPath("$.items[0].titleHtml").value("<mark>高新区</mark>党政联席会议召开"))
			.andExpect(jsonPath("$.items[0].date").value("2024-03-11"))
			.andExpect(jsonPath("$.items[0].kind").value("article"))
			.andExpect(jsonPath("$.items[0].bylines[0].name").value("郭树勋"))
			.andExpect(jsonPath("$.items[0].snippetHtml").exists());
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void hostileQueriesAreAnsweredNormally(String q) throws Exception {
		this.mvc.perform(get("/search").param("q", q)).andExpect(status().isOk());
		this.mvc.perform(get("/api/search").param("q", q)).andExpect(status().isOk());
	}

	static List<String> hostile() {
		return List.of("\"吕沛", "*", "?", "吕?沛*", "AND", "OR NOT", "(((", ")))", "[1 TO 5]", "title:吕沛", "\\",
				"吕".repeat(2000), "😀🎉", "吕沛😀", "<script>alert(1)</script>", "%", "{{7*7}}", "${7*7}", "#{7*7}",
				"\u0000", "\uD800");
	}

	@Test
	void tooLongQueriesAreCutWithANote() throws Exception {
		this.mvc.perform(get("/search").param("q", "吕".repeat(2000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关键词过长，只按前 200 个字搜索")));
	}

}
