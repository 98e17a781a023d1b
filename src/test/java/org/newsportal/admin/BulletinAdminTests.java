package org.newsportal.admin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsportal.article.change.BulletinDeleted;
import org.newsportal.article.change.BulletinImported;
import org.newsportal.importer.StoredPageTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.newsportal.admin.AdminSecurityTests.chief;
import static org.newsportal.admin.AdminSecurityTests.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history, a bulletin's report, and re-import and delete with their confirmations.
 */
class BulletinAdminTests extends StoredPageTests {

	@Override
	protected String page() {
		return Bulletins.GOOD;
	}

	@Test
	void historyListsEachBulletinWithItsReportLink() throws Exception {
		this.mvc.perform(get("/admin").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("page.md")))
			.andExpect(content().string(containsString("2024-03-12")))
			.andExpect(content().string(containsString("焦作日报")))
			.andExpect(content().string(containsString("/admin/bulletins/" + this.bulletin.getId())))
			.andExpect(content().string(containsString("当前编辑：editor")));
	}

	@Test
	void reportShowsTheFindingsAndLinksEachItem() throws Exception {
		String slug = this.articles.findByBulletinOrderByPositionAsc(this.bulletin).get(0).getSlug();
		this.mvc.perform(get("/admin/bulletins/" + this.bulletin.getId()).with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入报告：page.md")))
			.andExpect(content().string(containsString("修复（0 处）")))
			.andExpect(content().string(containsString("提示（0 条）")))
			.andExpect(content().string(containsString("高新区党政联席会议召开")))
			.andExpect(content().string(containsString("/articles/" + slug)));
	}

	@Test
	void unknownBulletinsAre404() throws Exception {
		long missing = this.bulletin.getId() + 1000;
		this.mvc.perform(get("/admin/bulletins/" + missing).with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/bulletins/" + missing + "/delete").with(chief())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/bulletins/" + missing + "/delete").with(chief()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void deletingAsksFirstThenDeletesBulletinAndItems() throws Exception {
		String delete = "/admin/bulletins/" + this.bulletin.getId() + "/delete";
		this.mvc.perform(get(delete).with(chief()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确定要删除公报“page.md”及其 2 条条目吗")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		assertThat(this.bulletins.count()).isOne();

		this.mvc.perform(post(delete).with(chief()).with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("notice", containsString("已删除公报 page.md")));
		assertThat(this.bulletins.count()).isZero();
		assertThat(this.articles.count()).isZero();
		assertThat(this.events.stream(BulletinDeleted.class)).singleElement()
			.satisfies((event) -> assertThat(event.name()).isEqualTo("page.md"));
	}

	@Test
	void reimportingAsksFirstThenReplacesTheItemsFromTheStoredText() throws Exception {
		String reimport = "/admin/bulletins/" + this.bulletin.getId() + "/reimport";
		this.mvc.perform(get(reimport).with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确定要按保存的原文重新导入公报“page.md”吗")));
		var before = this.articles.findAll().stream().map((article) -> article.getId()).toList();

		this.mvc.perform(post(reimport).with(AdminSecurityTests.editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/bulletins/" + this.bulletin.getId()))
			.andExpect(flash().attribute("notice", containsString("已重新导入 page.md")));
		assertThat(this.articles.findAll()).hasSize(2)
			.extracting((article) -> article.getId())
			.doesNotContainAnyElementsOf(before);
		assertThat(this.bulletins.findByName("page.md")).hasValueSatisfying((stored) -> {
			assertThat(stored.getSource()).isEqualTo("焦作日报");
			assertThat(stored.getIssueDate()).isEqualTo(LocalDate.of(2024, 3, 12));
		});
		assertThat(this.events.stream(BulletinImported.class)).singleElement()
			.satisfies((event) -> assertThat(event.name()).isEqualTo("page.md"));
	}

}
