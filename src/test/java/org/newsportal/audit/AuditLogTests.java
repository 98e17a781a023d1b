package org.newsportal.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.importer.BulletinImporter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports, replacements and deletions land in the audit log with who did them and from
 * where, whichever way they came; administrators read it filtered, and nobody can change
 * it from the site.
 */
@SpringBootTest(
		properties = { "portal.import-seeds=false", "spring.security.user.password={noop}" + AuditLogTests.PASSWORD })
@AutoConfigureMockMvc
class AuditLogTests {

	static final String PASSWORD = "audit-test-password";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuditLog audit;

	@Autowired
	private BulletinImporter importer;

	@Test
	void importReplaceAndDeleteAreRecordedWithWhoAndWhere() throws Exception {
		this.mvc.perform(multipart("/api/admin/bulletins").file(page("audited.md", "第一稿"))
			.with(httpBasic("editor", PASSWORD))
			.with((request) -> {
				request.setRemoteAddr("198.51.100.7");
				return request;
			})).andExpect(status().isOk());
		this.mvc.perform(
				multipart("/api/admin/bulletins").file(page("audited.md", "第二稿")).with(httpBasic("editor", PASSWORD)));
		this.mvc.perform(
				multipart("/api/admin/bulletins").file(page("audited.md", "第二稿")).with(httpBasic("editor", PASSWORD)));
		this.mvc.perform(post("/admin/bulletins/" + id("audited.md") + "/delete").with(user("chief").roles("CHIEF"))
			.with(csrf()));

		List<AuditEntry> entries = find(new AuditFilter(null, null, null, null)).stream()
			.filter((entry) -> "audited.md".equals(entry.subject()))
			.toList();
		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly(AuditAction.DELETE, AuditAction.REPLACE, AuditAction.IMPORT);
		assertThat(entries).extracting(AuditEntry::actor).containsExactly("chief", "editor", "editor");
		assertThat(entries.get(2).address()).isEqualTo("198.51.100.7");
		assertThat(entries.get(2).detail()).isEqualTo("1 条");

		this.importer.importBulletin(new org.newsportal.importer.ImportRequest("audited.md",
				text("第三稿").getBytes(StandardCharsets.UTF_8), null, null, "watch"));
		assertThat(find(new AuditFilter("watch", null, null, null))).singleElement()
			.satisfies((entry) -> assertThat(entry.action()).as("imported again after its deletion")
				.isEqualTo(AuditAction.IMPORT));
	}

	@Test
	void administratorsFilterTheLogByWhoWhatAndWhen() throws Exception {
		this.audit.record("alice", AuditAction.PASSWORD_CHANGED, "alice", null);
		this.audit.record("bob", AuditAction.SIGN_IN_FAILED, null, "登录页：用户名或密码错误");
		this.mvc.perform(get("/admin/audit").param("actor", "alice").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("修改本人密码")))
			.andExpect(content().string(not(containsString("登录页：用户名或密码错误"))));
		this.mvc.perform(get("/admin/audit").param("action", "SIGN_IN_FAILED").with(admin()))
			.andExpect(content().string(containsString("登录页：用户名或密码错误")))
			.andExpect(content().string(not(containsString("<td>alice</td>"))));
		String today = LocalDate.now(ZONE).toString();
		this.mvc.perform(get("/admin/audit").param("from", today).param("to", today).with(admin()))
			.andExpect(content().string(containsString("<td>alice</td>")));
		this.mvc.perform(get("/admin/audit").param("to", "2000-01-01").with(admin()))
			.andExpect(content().string(containsString("没有符合条件的记录")));
		this.mvc.perform(
				get("/admin/audit").param("from", "昨天").param("action", "NONSENSE").param("page", "-3").with(admin()))
			.andExpect(status().isOk());
	}

	@Test
	void theLogCannotBeChangedFromTheSite() throws Exception {
		for (String path : new String[] { "/admin/audit", "/admin/audit/1", "/admin/audit/1/delete" }) {
			int status = this.mvc.perform(post(path).with(admin()).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).as(path).isIn(404, 405);
		}
	}

	private long id(String name) {
		return this.bulletins.findByName(name).orElseThrow().getId();
	}

	@Autowired
	private org.newsportal.article.BulletinRepository bulletins;

	private List<AuditEntry> find(AuditFilter filter) {
		return this.audit.find(filter, ZONE, 0, 200).items();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private static MockMultipartFile page(String name, String draft) {
		return new MockMultipartFile("file", name, "text/markdown", text(draft).getBytes(StandardCharsets.UTF_8));
	}

	private static String text(String draft) {
		return "# 审计测试的标题" + draft + "\n\n本报讯（记者郭树勋）3月11日上午，会议召开。\n";
	}

}
