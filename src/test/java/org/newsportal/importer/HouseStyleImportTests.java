package org.newsportal.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.Article;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.ArticleService;
import org.newsportal.article.Bulletin;
import org.newsportal.article.BulletinRepository;
import org.newsportal.article.Credit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages in other papers' house styles, end to end: what the parser reads is stored, given
 * by the API, shown on the article and reporter pages and in the editors' report, and the
 * paper's own words ({@code portal.import.*}) reach the parser.
 */
@SpringBootTest(properties = { "portal.import-seeds=false", "portal.page-cache.enabled=false",
		"portal.import.roles=融媒中心记者", "portal.import.agencies=北国网", "portal.import.staff-roles=图片总监" })
@AutoConfigureMockMvc
class HouseStyleImportTests {

	private static final Path STYLES = Path.of("src/test/resources/bulletins/styles");

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ArticleService articleService;

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	@AfterEach
	void emptyDatabase() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
	}

	@Test
	void kickerSourceGenreAndNoteAreStoredAndGivenByTheApi() throws Exception {
		this.importer.importBulletin(page("wire.md", "wire-datelines.md", null));
		this.importer.importBulletin(page("apparatus.md", "apparatus.md", null));
		Article wire = article("全国春播粮食作物已播种六成");
		assertThat(wire.getSourceAgency()).isEqualTo("新华社");
		assertThat(wire.getSourcePlace()).isEqualTo("北京");
		Article bureau = article("本市企业在郑州签约三个项目");
		assertThat(bureau.getSourceAgency()).isNull();
		assertThat(bureau.getSourcePlace()).isEqualTo("郑州");
		Article consumption = article("假日经济活力足");
		assertThat(consumption.getKicker()).isEqualTo("聚焦“五一”假期消费");
		assertThat(article("让“烟火气”更暖人心").getGenre()).isEqualTo("短评");
		assertThat(article("关于“小巷管家”的一点说明").getEditorsNote()).startsWith("本报自今年三月起");

		this.mvc.perform(get("/api/articles/" + wire.getSlug()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source.agency").value("新华社"))
			.andExpect(jsonPath("$.source.place").value("北京"))
			.andExpect(jsonPath("$.source.label").value("新华社北京电"))
			.andExpect(jsonPath("$.kicker").value(nullValue()));
		this.mvc.perform(get("/api/articles/" + consumption.getSlug()))
			.andExpect(jsonPath("$.kicker").value("聚焦“五一”假期消费"))
			.andExpect(jsonPath("$.source").value(nullValue()));
		this.mvc.perform(get("/api/articles/" + article("关于“小巷管家”的一点说明").getSlug()))
			.andExpect(jsonPath("$.editorsNote").value(org.hamcrest.Matchers.startsWith("本报自今年三月起")));
		this.mvc.perform(get("/api/articles?size=100"))
			.andExpect(jsonPath("$.items[?(@.title == '让“烟火气”更暖人心')].genre").value("短评"));
	}

	@Test
	void theArticlePageShowsTheKickerAboveTheHeadlineAndTheSource() throws Exception {
		this.importer.importBulletin(page("wire.md", "wire-datelines.md", null));
		this.importer.importBulletin(page("apparatus.md", "apparatus.md", null));
		Document consumption = html("/articles/" + article("假日经济活力足").getSlug());
		assertThat(consumption.select(".article-header > *").eachAttr("class")).startsWith("article-kicker",
				"article-title");
		assertThat(consumption.selectFirst(".article-kicker").text()).isEqualTo("聚焦“五一”假期消费");
		assertThat(consumption.select(".article-source")).isEmpty();
		Document wire = html("/articles/" + article("全国春播粮食作物已播种六成").getSlug());
		assertThat(wire.selectFirst(".article-meta .article-source").text()).isEqualTo("新华社北京电");
		Document comment = html("/articles/" + article("让“烟火气”更暖人心").getSlug());
		// the kicker is the genre: said once
		assertThat(comment.select(".article-header").text()).containsOnlyOnce("短评");
		Document commentator = html("/articles/" + article("为基层减负要动真格").getSlug());
		assertThat(commentator.selectFirst(".article-header .label").text()).isEqualTo("评论员文章");
	}

	@Test
	void pageStaffAreStoredWithTheBulletinReplacedAndCountedOnReporterPages() throws Exception {
		this.importer.importBulletin(page("furniture.md", "furniture.md", LocalDate.of(2024, 5, 7)));
		Bulletin bulletin = this.bulletins.findByName("furniture.md").orElseThrow();
		assertThat(this.articleService.pageStaff(bulletin.getId())).containsExactly(new Credit("邝雨桐", "本版编辑"),
				new Credit("卓立言", "美编"), new Credit("甘秋实", "校对"), new Credit("苗志远", "责任编辑"), new Credit("桑远航", "版式设计"));

		Document reporter = html("/reporters/邝雨桐");
		assertThat(reporter.select(".page-staff").text()).contains("版面署名 1 版", "本版编辑 1 版");
		// 甘秋实 writes too: items and pages on one page
		Document writer = html("/reporters/甘秋实");
		assertThat(writer.select("main p").text()).contains("共 1 篇署名稿件", "记者 1 篇", "校对 1 版");
		this.mvc.perform(get("/api/reporters/桑远航"))
			.andExpect(jsonPath("$.pages").value(1))
			.andExpect(jsonPath("$.pageRoles.版式设计").value(1))
			.andExpect(jsonPath("$.roles.记者").value(1));
		Document list = html("/reporters");
		assertThat(list.select("tbody tr").eachText()).anyMatch((row) -> row.startsWith("邝雨桐"));

		Document report = Jsoup.parse(this.mvc.perform(get("/admin/bulletins/" + bulletin.getId()).with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(report.select(".admin-staff dt").eachText()).containsExactly("本版编辑", "美编", "校对", "责任编辑", "版式设计");
		assertThat(report.select(".admin-staff dd").eachText()).containsExactly("邝雨桐", "卓立言", "甘秋实", "苗志远", "桑远航");
		assertThat(report.select(".admin-warnings li").eachText()).noneMatch((warning) -> warning.contains("未归入"));

		// the page again, its furniture changed: the staff are replaced, not added to
		this.importer.importBulletin(new ImportRequest("furniture.md",
				"本版编辑：庞雪\n\n# 标题\n\n本报讯（记者 尤嘉树）5月6日上午，某地召开会议。\n".getBytes(StandardCharsets.UTF_8),
				LocalDate.of(2024, 5, 7), null, "test"));
		assertThat(this.articleService.pageStaff(bulletin.getId())).containsExactly(new Credit("庞雪", "本版编辑"));
		this.mvc.perform(get("/reporters/邝雨桐")).andExpect(status().isNotFound());
		this.importer.delete("furniture.md");
		assertThat(this.articleService.pageStaff(bulletin.getId())).isEmpty();
	}

	@Test
	void thePapersOwnWordsComeFromTheSettings() {
		String text = """
				# 北国网的稿件

				北国网长春5月6日电 5月6日，长春举行活动。

				# 融媒中心的稿件

				■ 融媒中心记者 柏青

				5月5日，某地举行活动。

				图片总监：韩一
				""";
		this.importer.importBulletin(new ImportRequest("own-words.md", text.getBytes(StandardCharsets.UTF_8),
				LocalDate.of(2024, 5, 7), null, "test"));
		assertThat(article("北国网的稿件").getSourceAgency()).isEqualTo("北国网");
		assertThat(this.articleService.find(article("融媒中心的稿件").getSlug()).orElseThrow().bylines())
			.containsExactly(new Credit("柏青", "融媒中心记者"));
		Bulletin bulletin = this.bulletins.findByName("own-words.md").orElseThrow();
		assertThat(this.articleService.pageStaff(bulletin.getId())).containsExactly(new Credit("韩一", "图片总监"));
	}

	@Test
	void aPageWithNothingToDateItIsImportedAndTheReportSaysSo() {
		ImportResult result = this.importer.importBulletin(new ImportRequest("undated.md",
				"# 评论\n\n做好小事，才能成就大事。\n".getBytes(StandardCharsets.UTF_8), null, null, "test"));
		assertThat(result.report().warnings()).singleElement()
			.asString()
			.startsWith("第1行：稿件「评论」没有日期，本版也没有出版日期，已按导入日")
			.contains("date: YYYY-MM-DD");
		assertThat(article("评论").isDated()).isFalse();
	}

	private Article article(String title) {
		List<Article> found = this.articles.findAll().stream().filter((a) -> a.getTitle().equals(title)).toList();
		assertThat(found).as(title).hasSize(1);
		return found.get(0);
	}

	private Document html(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static ImportRequest page(String name, String fixture, LocalDate issueDate) throws IOException {
		return new ImportRequest(name, Files.readAllBytes(STYLES.resolve(fixture)), issueDate, null, "test");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
