package org.newsportal.correction;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.Article;
import org.newsportal.bulletin.ItemKind;
import org.newsportal.article.change.BulletinImported;
import org.newsportal.audit.AuditAction;
import org.newsportal.audit.AuditEntry;
import org.newsportal.audit.AuditFilter;
import org.newsportal.audit.AuditLog;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.StoredPageTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing an article end to end: revisions, old addresses answering 301, the readers'
 * corrections, deleting with 410, and re-imports that keep or replace the edits.
 */
class CorrectionFlowTests extends StoredPageTests {

	static final String PAGE = """
			# 高新区党政联席会议召开

			本报讯（记者郭树勋）3月11日上午，会议召开。

			高新区领导古冰涛、郑侃参加会议。

			# 高新区召开大气污染防治攻坚工作推进会

			本报讯（记者赵根志）3月6日下午，推进会召开。
			""";

	@Autowired
	private AuditLog audit;

	@Autowired
	private Corrections corrections;

	@Autowired
	private PlatformTransactionManager transactions;

	private String slug;

	@Override
	protected String page() {
		return PAGE;
	}

	@BeforeEach
	void firstArticle() {
		this.slug = first().getSlug();
	}

	@Test
	void anEditIsARevisionMovesTheAddressAndTellsReaders() throws Exception {
		long revisionBefore = this.bulletins.findByName("page.md").orElseThrow().getRevision();
		String moved = save(this.slug, edit("高新区党政联席会议召开（更正）", "2024-03-11", "会议于3月11日上午召开。", "标题漏字", "CORRECTION"));
		assertThat(moved).isNotEqualTo(this.slug);
		assertThat(first().getTitle()).isEqualTo("高新区党政联席会议召开（更正）");
		assertThat(first().getHtml()).isEqualTo("<p>会议于3月11日上午召开。</p>");
		assertThat(first().getModifiedAt()).isNotNull();
		// Search and the page cache follow the importer's event; other instances the
		// revision
		assertThat(this.events.stream(BulletinImported.class)).hasSize(1);
		assertThat(this.bulletins.findByName("page.md").orElseThrow().getRevision()).isGreaterThan(revisionBefore);

		this.mvc.perform(get("/articles/" + this.slug))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/" + moved));
		this.mvc.perform(get("/articles/" + moved))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("高新区党政联席会议召开（更正）")))
			.andExpect(content().string(containsString("标题漏字")))
			.andExpect(content().string(containsString("property=\"article:modified_time\"")))
			.andExpect(content().string(containsString("\"dateModified\"")));
		this.mvc.perform(get("/corrections"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/articles/" + moved)))
			.andExpect(content().string(containsString("标题漏字")));
		this.mvc.perform(get("/corrections/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>更正：高新区党政联席会议召开（更正）</title>")))
			.andExpect(content().string(containsString("/articles/" + moved)));
		this.mvc.perform(get("/sitemap.xml")).andExpect(status().isOk());
	}

	@Test
	void aChainOfTwoChangesLeadsEveryOldAddressToTheNewest() throws Exception {
		String second = save(this.slug, edit("第二个标题", "2024-03-11", "正文。", "改标题", "FIX"));
		String third = save(second, edit("第二个标题", "2024-03-10", "正文。", "改日期", "FIX"));
		assertThat(List.of(this.slug, second, third)).doesNotHaveDuplicates();
		assertThat(third).startsWith("2024-03-10-");
		for (String old : List.of(this.slug, second)) {
			this.mvc.perform(get("/articles/" + old))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/articles/" + third));
			// the API does not break the link either
			this.mvc.perform(get("/api/articles/" + old))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/api/articles/" + third));
		}
		// A silent fix is not a correction readers are told about
		this.mvc.perform(get("/corrections")).andExpect(content().string(not(containsString("改标题"))));
		this.mvc.perform(get("/articles/" + third)).andExpect(content().string(not(containsString("改日期"))));
	}

	@Test
	void revisionsAreListedComparedAndRestored() throws Exception {
		String moved = save(this.slug, edit("新标题", "2024-03-11", "新的正文。", "标题与正文有误", "CORRECTION"));
		this.mvc.perform(get("/admin/articles/" + moved + "/revisions").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 1 版")))
			.andExpect(content().string(containsString("第 2 版")))
			.andExpect(content().string(containsString("标题与正文有误")));
		this.mvc.perform(get("/admin/articles/" + moved + "/diff?from=1&to=2").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del>标题：高新区党政联席会议召开</del>")))
			.andExpect(content().string(containsString("<ins>标题：新标题</ins>")))
			.andExpect(content().string(containsString("<ins>新的正文。</ins>")));
		MvcResult restored = this.mvc
			.perform(post("/admin/articles/" + moved + "/revisions/1/restore").with(editor()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "已恢复第 1 版（记为新的一版）"))
			.andReturn();
		assertThat(restored.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + this.slug + "/revisions");
		assertThat(first().getTitle()).isEqualTo("高新区党政联席会议召开");
		assertThat(first().getSlug()).isEqualTo(this.slug);
		this.mvc.perform(get("/articles/" + moved)).andExpect(header().string("Location", "/articles/" + this.slug));
		this.mvc.perform(get("/admin/articles/" + this.slug + "/revisions").with(editor()))
			.andExpect(content().string(containsString("第 3 版")))
			.andExpect(content().string(containsString("恢复旧版")));
	}

	@Test
	void everyEditIsInTheAuditLogWithItsEditorArticleAndRevision() throws Exception {
		long before = lastAuditEntry();
		String corrected = save(this.slug,
				edit("高新区党政联席会议召开（更正）", "2024-03-11", "会议于3月11日上午召开。", "标题漏字", "CORRECTION"));
		String fixed = save(corrected, edit("高新区党政联席会议召开（更正）", "2024-03-11", "会议于3月11日上午召开了。", "错字", "FIX"));
		this.mvc.perform(post("/admin/articles/" + fixed + "/revisions/1/restore").with(editor()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// Only the edits: an edit is not also a replacement of its bulletin
		List<AuditEntry> edits = auditEntriesAfter(before).stream()
			.sorted(Comparator.comparingLong(AuditEntry::id))
			.toList();
		assertThat(edits).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject)
			.containsExactly(tuple("editor", AuditAction.CORRECTION, corrected),
					tuple("editor", AuditAction.EDIT, fixed), tuple("editor", AuditAction.EDIT, this.slug));
		// The first edit keeps the version as imported as revision 1
		assertThat(edits).extracting(AuditEntry::detail)
			.containsExactly("第 2 版《高新区党政联席会议召开（更正）》：标题漏字", "第 3 版《高新区党政联席会议召开（更正）》：错字", "第 4 版《高新区党政联席会议召开》：恢复第 1 版");
	}

	@Test
	void anEditRolledBackLeavesNoAuditEntry() {
		long before = lastAuditEntry();
		EditForm form = this.corrections.form(this.slug).orElseThrow();
		form.setTitle("不会留下的标题");
		form.setNote("说明");
		form.setVisibility(EditForm.Visibility.CORRECTION);
		new TransactionTemplate(this.transactions).executeWithoutResult((transaction) -> {
			assertThat(this.corrections.save(this.slug, form, "editor")).isPresent();
			assertThat(auditEntriesAfter(before)).extracting(AuditEntry::action).contains(AuditAction.CORRECTION);
			transaction.setRollbackOnly();
		});
		assertThat(auditEntriesAfter(before)).isEmpty();
		assertThat(first().getTitle()).isEqualTo("高新区党政联席会议召开");
	}

	@Test
	void anEditNeedsItsNoteAndATokenAndAnEditor() throws Exception {
		MockHttpServletRequestBuilder noNote = edit("新标题", "2024-03-11", "正文。", "", "CORRECTION");
		this.mvc.perform(noNote.with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请说明改了什么、为什么改")));
		this.mvc.perform(edit("新标题", "2024-03-11", "正文。", "说明", "CORRECTION").with(editor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(edit("新标题", "2024-03-11", "正文。", "说明", "CORRECTION").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/admin/login")));
		assertThat(first().getTitle()).isEqualTo("高新区党政联席会议召开");
	}

	@Test
	void thePreviewRendersAndSanitisesLikeAnImportAndSavesNothing() throws Exception {
		this.mvc
			.perform(edit("新标题", "2024-03-11", "**粗体** <script>alert(1)</script> [x](javascript:alert(1))", "说明",
					"CORRECTION")
				.param("preview", "1")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>粗体</strong>")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("href=\"javascript"))));
		assertThat(first().getTitle()).isEqualTo("高新区党政联席会议召开");
	}

	@Test
	void aDeletedArticleIsGoneAtEveryAddressItHad() throws Exception {
		String moved = save(this.slug, edit("新标题", "2024-03-11", "正文。", "改标题", "FIX"));
		long before = lastAuditEntry();
		this.mvc.perform(post("/admin/articles/" + moved + "/delete").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请写明删除的原因")));
		this.mvc
			.perform(post("/admin/articles/" + moved + "/delete").param("reason", "重复刊登").with(editor()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "已删除《新标题》，原地址返回 410（已删除）"));
		assertThat(this.articles.findBySlug(moved)).isEmpty();
		assertThat(this.articles.count()).isEqualTo(1);
		assertThat(auditEntriesAfter(before))
			.extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject, AuditEntry::detail)
			.containsExactly(tuple("editor", AuditAction.ARTICLE_DELETED, moved, "新标题：重复刊登"));
		for (String address : List.of(moved, this.slug)) {
			this.mvc.perform(get("/articles/" + address))
				.andExpect(status().isGone())
				.andExpect(content().string(containsString("文章已删除")))
				.andExpect(content().string(containsString("重复刊登")));
			this.mvc.perform(get("/api/articles/" + address))
				.andExpect(status().isGone())
				.andExpect(jsonPath("$.reason").value("重复刊登"));
		}
		this.mvc.perform(get("/articles/2024-03-11-unknown")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/articles/2024-03-11-unknown")).andExpect(status().isNotFound());
	}

	@Test
	void aReimportKeepsTheEditsUnlessThePageIsChosen() throws Exception {
		String moved = save(this.slug, edit("编辑改过的标题", "2024-03-11", "编辑改过的正文。", "改标题", "CORRECTION"));
		this.importer.reimport("page.md", "editor");
		assertThat(first().getTitle()).isEqualTo("编辑改过的标题");
		assertThat(first().getSlug()).isEqualTo(moved);
		this.mvc.perform(get("/articles/" + this.slug)).andExpect(header().string("Location", "/articles/" + moved));
		this.mvc.perform(get("/admin/articles/" + moved + "/revisions").with(editor()))
			.andExpect(content().string(containsString("重新导入，保留编辑的修改")));

		ReimportChoice.TAKE_PAGE.during(() -> this.importer.reimport("page.md", "editor"));
		assertThat(first().getTitle()).isEqualTo("高新区党政联席会议召开");
		assertThat(first().getSlug()).isEqualTo(this.slug);
		this.mvc.perform(get("/articles/" + moved)).andExpect(header().string("Location", "/articles/" + this.slug));
		this.mvc.perform(get("/admin/articles/" + this.slug + "/revisions").with(editor()))
			.andExpect(content().string(containsString("重新导入，采用版面原文")));
	}

	@Test
	void aPhotoItemKeepsItsOldAddressToo() throws Exception {
		this.importer.importBulletin(new ImportRequest("photos.md",
				"5月1日上午，游客在河滨公园赏花游玩，园内郁金香竞相开放。本报记者 龚明亮 摄\n".getBytes(StandardCharsets.UTF_8), LocalDate.of(2025, 5, 3),
				"焦作日报", "editor"));
		Article photo = this.articles
			.findByBulletinOrderByPositionAsc(this.bulletins.findByName("photos.md").orElseThrow())
			.get(0);
		assertThat(photo.getKind()).isEqualTo(ItemKind.PHOTO);
		String moved = save(photo.getSlug(),
				edit(photo.getSlug(), "游客在龙源湖公园赏花游玩", "2025-05-01", "5月1日上午，游客在龙源湖公园赏花游玩。", "公园名称有误", "CORRECTION"));
		assertThat(moved).isNotEqualTo(photo.getSlug());
		this.mvc.perform(get("/articles/" + photo.getSlug()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/" + moved));
		this.mvc.perform(get("/articles/" + moved))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("图片新闻")))
			.andExpect(content().string(containsString("公园名称有误")));
	}

	private long lastAuditEntry() {
		return this.audit.find(AuditFilter.all(), ZoneOffset.UTC, 0, 1)
			.items()
			.stream()
			.mapToLong(AuditEntry::id)
			.findFirst()
			.orElse(0);
	}

	/** The audit log's entries written since, newest first. */
	private List<AuditEntry> auditEntriesAfter(long id) {
		return this.audit.find(AuditFilter.all(), ZoneOffset.UTC, 0, 100)
			.items()
			.stream()
			.filter((entry) -> entry.id() > id)
			.toList();
	}

	private Article first() {
		return this.articles.findByBulletinOrderByPositionAsc(this.bulletins.findByName("page.md").orElseThrow())
			.get(0);
	}

	private String save(String slug, MockHttpServletRequestBuilder edit) throws Exception {
		MvcResult result = this.mvc.perform(edit.with(editor()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/articles/").endsWith("/revisions");
		String saved = location.substring("/admin/articles/".length(), location.length() - "/revisions".length());
		assertThat(result.getFlashMap().get("notice"))
			.isEqualTo(saved.equals(slug) ? "已保存修改" : "已保存修改，文章地址已改为 /articles/" + saved + "，原地址自动跳转");
		return saved;
	}

	private MockHttpServletRequestBuilder edit(String title, String date, String body, String note, String visibility) {
		return edit(first().getSlug(), title, date, body, note, visibility);
	}

	private MockHttpServletRequestBuilder edit(String slug, String title, String date, String body, String note,
			String visibility) {
		return post("/admin/articles/" + slug + "/edit").param("title", title)
			.param("subtitle", "")
			.param("date", date)
			.param("bylines", "记者 郭树勋")
			.param("markdown", body)
			.param("note", note)
			.param("visibility", visibility);
	}

	static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
