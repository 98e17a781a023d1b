package org.newsportal.people;

import org.newsportal.security.SecurityConfiguration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.Credit;
import org.newsportal.photo.ItemPhotos;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

@WebMvcTest({ ReporterController.class, PersonController.class, PeopleApiController.class })
@Import({ SecurityConfiguration.class, PeopleControllersTests.RelatedFragmentController.class })
class PeopleControllersTests {

	private static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);

	private static final ArticleCard CARD = new ArticleCard("2024-03-11-abcdef12", "/articles/2024-03-11-abcdef12",
			"高新区党政联席会议召开", null, "article", MARCH_11, "上午", List.of(new Credit("郭树勋", "记者")), List.of("古冰涛"),
			"3月11日上午，会议召开。", "seed.txt", null);

	private static final Map<String, Long> ROLES = roles();

	private static final ReporterSummary FU = new ReporterSummary("付凯明", 7, ROLES, PeopleLinks.reporter("付凯明"));

	private static final Appearance APPEARANCE = new Appearance(CARD.slug(), CARD.url(), CARD.title(), "article",
			MARCH_11, false, "市政协副主席、高新区（示范区）党工委书记");

	@Autowired
	private MockMvcTester mvc;

	/** Items' pictures, which the lists ask for; none here. */
	@MockitoBean(name = "itemPhotos")
	private ItemPhotos photos;

	@MockitoBean
	private ReporterService reporters;

	@MockitoBean
	private PersonService people;

	@Test
	void listsReportersWithTheirCountsByRole() {
		given(this.reporters.reporters(1, ReporterController.LIST_SIZE)).willReturn(new ResultPage<>(
				List.of(FU, new ReporterSummary("刘晋丽", 1, Map.of("通讯员", 1L), PeopleLinks.reporter("刘晋丽"))), 1, 100, 2));
		assertThat(this.mvc.get().uri("/reporters")).hasStatusOk()
			.bodyText()
			.contains("<title>本报记者 - 地方新闻</title>", "<th scope=\"col\">摄影</th>",
					"href=\"/reporters/%E4%BB%98%E5%87%AF%E6%98%8E\">付凯明</a>", "<td>6</td>", "<td>1</td>", "<td>7</td>",
					">刘晋丽</a>")
			.doesNotContain("下一页");
	}

	@Test
	void showsAReportersItemsWithTheirRoleAndPages() {
		ResultPage<ReporterItem> items = new ResultPage<>(List.of(new ReporterItem("记者", CARD)), 2, 20, 41);
		given(this.reporters.reporter("付凯明", 2, ReporterController.PAGE_SIZE))
			.willReturn(Optional.of(new Reporter("付凯明", 7, ROLES, items)));
		assertThat(this.mvc.get().uri("/reporters/{name}?page=2", "付凯明")).hasStatusOk()
			.bodyText()
			.contains("<title>付凯明 - 署名稿件 - 地方新闻</title>", "共 7 篇署名稿件", "记者 6 篇", "摄影 1 篇",
					"href=\"/articles/2024-03-11-abcdef12\">高新区党政联席会议召开</a>", "2024年3月11日",
					"<span class=\"role\">记者</span>", "第 2 页，共 3 页",
					"href=\"/reporters/%E4%BB%98%E5%87%AF%E6%98%8E?page=1\"",
					"href=\"/reporters/%E4%BB%98%E5%87%AF%E6%98%8E?page=3\"");
	}

	@Test
	void listsPeopleWithTheirTitles() {
		given(this.people.people(1, PersonController.LIST_SIZE)).willReturn(new ResultPage<>(
				List.of(new PersonSummary("吕沛", 6, List.of("党工委书记", "市政协副主席"), PeopleLinks.person("吕沛"))), 1, 100, 1));
		assertThat(this.mvc.get().uri("/people")).hasStatusOk()
			.bodyText()
			.contains("<title>新闻人物 - 地方新闻</title>", "href=\"/people/%E5%90%95%E6%B2%9B\">吕沛</a>", "党工委书记；市政协副主席",
					"<td>6</td>");
	}

	@Test
	void showsAPersonsItemsPresentOrMentioned() {
		Appearance present = new Appearance("2024-03-07-00000000", "/articles/2024-03-07-00000000", "表彰大会", "article",
				MARCH_11.minusDays(4), true, null);
		given(this.people.person("吕沛", 1, PersonController.PAGE_SIZE)).willReturn(Optional.of(new Person("吕沛", 2,
				List.of("市政协副主席、高新区（示范区）党工委书记"), new ResultPage<>(List.of(APPEARANCE, present), 1, 20, 2))));
		assertThat(this.mvc.get().uri("/people/吕沛")).hasStatusOk()
			.bodyText()
			.contains("<h1>吕沛</h1>", "共 2 篇稿件提及", "<li>市政协副主席、高新区（示范区）党工委书记</li>", ">高新区党政联席会议召开</a>",
					"<span class=\"presence\">提及</span>", "<span class=\"presence\">出席</span>", "2024年3月7日");
	}

	@Test
	void escapesNamesInLinksAndText() {
		String name = "<b>a/b?c</b>";
		given(this.reporters.reporters(1, ReporterController.LIST_SIZE))
			.willReturn(new ResultPage<>(List.of(new ReporterSummary(name, 1, Map.of("记者", 1L), "")), 1, 100, 1));
		assertThat(this.mvc.get().uri("/reporters")).hasStatusOk()
			.bodyText()
			.contains("href=\"/reporters/%3Cb%3Ea%2Fb%3Fc%3C%2Fb%3E\"", "&lt;b&gt;a/b?c&lt;/b&gt;")
			.doesNotContain("<b>");
	}

	@Test
	void unknownNamesAre404() {
		given(this.reporters.reporter(anyString(), anyInt(), anyInt())).willReturn(Optional.empty());
		given(this.people.person(anyString(), anyInt(), anyInt())).willReturn(Optional.empty());
		for (String prefix : List.of("/reporters/", "/people/", "/api/reporters/", "/api/people/")) {
			assertThat(this.mvc.get().uri(prefix + "高新区")).hasStatus(404);
			// Spring Security's firewall refuses encoded NULs and slashes, dot segments
			// and
			// broken UTF-8 before any controller
			assertThat(this.mvc.get().uri(prefix + "%00")).hasStatus(400);
			assertThat(this.mvc.get().uri(prefix + "..%2F")).hasStatus(400);
			assertThat(this.mvc.get().uri(prefix + "../etc/passwd")).hasStatus(400);
			assertThat(this.mvc.get().uri(prefix + "%E5%90".repeat(3))).hasStatus(400);
			assertThat(this.mvc.get().uri(prefix + "付".repeat(5000))).hasStatus(404);
		}
	}

	@Test
	void badPageIsTheCallersFault() {
		assertThat(this.mvc.get().uri("/reporters?page=abc")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/people?size=x")).hasStatus(400);
	}

	@Test
	void answersReportersInTheEnvelope() {
		given(this.reporters.reporters(1, 20)).willReturn(new ResultPage<>(List.of(FU), 1, 20, 12));
		assertThat(this.mvc.get().uri("/api/reporters")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items": [{"name": "付凯明", "total": 7, "roles": {"记者": 6, "摄影": 1}, "pages": 0, "pageRoles": {},
				  "url": "/reporters/%E4%BB%98%E5%87%AF%E6%98%8E"}],
				 "page": 1, "size": 20, "total": 12}""");
	}

	@Test
	void answersOneReporterWithAPageOfItems() {
		ResultPage<ReporterItem> items = new ResultPage<>(List.of(new ReporterItem("记者", CARD)), 1, 5, 7);
		given(this.reporters.reporter("付凯明", 1, 5)).willReturn(Optional.of(new Reporter("付凯明", 7, ROLES, items)));
		assertThat(this.mvc.get().uri("/api/reporters/付凯明?size=5")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"name": "付凯明", "total": 7, "roles": {"记者": 6, "摄影": 1},
				 "items": {"items": [{"role": "记者", "article": {"slug": "2024-03-11-abcdef12",
				   "url": "/articles/2024-03-11-abcdef12", "title": "高新区党政联席会议召开", "date": "2024-03-11"}}],
				  "page": 1, "size": 5, "total": 7}}""");
	}

	@Test
	void answersPeople() {
		given(this.people.people(2, 10)).willReturn(new ResultPage<>(
				List.of(new PersonSummary("吕沛", 6, List.of("党工委书记"), PeopleLinks.person("吕沛"))), 2, 10, 21));
		assertThat(this.mvc.get().uri("/api/people?page=2&size=10")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items": [{"name": "吕沛", "total": 6, "titles": ["党工委书记"], "url": "/people/%E5%90%95%E6%B2%9B"}],
				 "page": 2, "size": 10, "total": 21}""");
	}

	@Test
	void answersOnePersonWithTheirItems() {
		given(this.people.person("吕沛", 1, 20)).willReturn(Optional
			.of(new Person("吕沛", 1, List.of("市政协副主席、高新区（示范区）党工委书记"), new ResultPage<>(List.of(APPEARANCE), 1, 20, 1))));
		assertThat(this.mvc.get().uri("/api/people/吕沛")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"name": "吕沛", "total": 1, "titles": ["市政协副主席、高新区（示范区）党工委书记"],
				 "items": {"items": [{"slug": "2024-03-11-abcdef12", "url": "/articles/2024-03-11-abcdef12",
				   "title": "高新区党政联席会议召开", "kind": "article", "date": "2024-03-11", "present": false,
				   "personTitle": "市政协副主席、高新区（示范区）党工委书记"}],
				  "page": 1, "size": 20, "total": 1}}""");
	}

	@Test
	void relatedFragmentListsItemsWithLinksAndDates() {
		assertThat(this.mvc.get().uri("/test/related")).hasStatusOk()
			.bodyText()
			.contains("<h2>相关报道</h2>", "<a href=\"/articles/2024-03-06-00000001\">高新区召开&lt;山阳路&gt;项目建设指挥部第一次推进会</a>",
					"<time datetime=\"2024-03-06\">2024年3月6日</time>", ">高新区党政联席会议召开</a>");
	}

	@Test
	void relatedFragmentShowsNothingWithoutItems() {
		assertThat(this.mvc.get().uri("/test/related?none=true")).hasStatusOk()
			.bodyText()
			.doesNotContain("<section", "相关报道");
	}

	/**
	 * Renders the fragment in a page of its own, included as the article page will.
	 */
	@Controller
	static class RelatedFragmentController {

		@GetMapping("/test/related")
		String related(@RequestParam(defaultValue = "false") boolean none, Model model) {
			ArticleCard card = new ArticleCard("2024-03-06-00000001", "/articles/2024-03-06-00000001",
					"高新区召开<山阳路>项目建设指挥部第一次推进会", null, "article", LocalDate.of(2024, 3, 6), "上午", List.of(), List.of(),
					null, "seed.txt", null);
			model.addAttribute("related", none ? List.of() : List.of(card, CARD));
			return "test/related-host";
		}

	}

	private static Map<String, Long> roles() {
		Map<String, Long> roles = new LinkedHashMap<>();
		roles.put("记者", 6L);
		roles.put("摄影", 1L);
		return roles;
	}

}
