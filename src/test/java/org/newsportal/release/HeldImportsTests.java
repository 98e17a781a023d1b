package org.newsportal.release;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.BulletinRepository;
import org.newsportal.audit.AuditAction;
import org.newsportal.audit.AuditEntry;
import org.newsportal.audit.AuditFilter;
import org.newsportal.audit.AuditLog;
import org.newsportal.importer.BulletinImporter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scheduled release: a held bulletin is nowhere a reader looks until its time, then
 * everywhere; a chief editor may release it early or cancel it; one that fails at its
 * time stores nothing and says why.
 */
@SpringBootTest(properties = { "portal.import-seeds=false", "portal.release.interval=1h",
		"portal.page-cache.enabled=false", "spring.security.user.password={noop}" + HeldImportsTests.PASSWORD })
@AutoConfigureMockMvc
class HeldImportsTests {

	static final String PASSWORD = "held-test-password";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String PAGE = """
			# 定时发布的新闻标题独一无二

			本报讯（记者郭树勋）3月11日上午，会议召开。
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private HeldImports held;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AuditLog audit;

	@BeforeEach
	void empty() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
		this.jdbc.sql("delete from held_import").update();
	}

	@Test
	void aHeldBulletinIsInvisibleUntilItsTimeThenEverywhere() throws Exception {
		this.mvc
			.perform(multipart("/admin/held").file(file("morning.md", PAGE))
				.param("releaseAt", inAnHour())
				.param("issueDate", "2024-03-12")
				.with(editor())
				.with(csrf()))
			.andExpect(flash().attribute("notice", containsString("morning.md")));
		this.mvc.perform(get("/admin/held").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("morning.md")))
			.andExpect(content().string(not(containsString("立即发布"))));
		assertThat(this.bulletins.findByName("morning.md")).isEmpty();
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("定时发布的新闻标题独一无二"))));
		this.mvc.perform(get("/api/articles")).andExpect(content().string(not(containsString("定时发布的新闻标题独一无二"))));
		this.mvc.perform(get("/search").param("q", "独一无二"))
			.andExpect(content().string(not(containsString("定时发布的新闻标题"))));
		assertThat(this.held.releaseDue()).isZero();

		this.jdbc.sql("update held_import set release_at = :past")
			.param("past", Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC))
			.update();
		assertThat(this.held.releaseDue()).isOne();
		assertThat(this.bulletins.findByName("morning.md")).isPresent()
			.get()
			.satisfies((bulletin) -> assertThat(bulletin.getImportedBy()).isEqualTo("editor"));
		this.mvc.perform(get("/")).andExpect(content().string(containsString("定时发布的新闻标题独一无二")));
		this.mvc.perform(get("/api/articles")).andExpect(content().string(containsString("定时发布的新闻标题独一无二")));
		assertThat(this.held.waiting()).isEmpty();
		assertThat(this.held.recent()).singleElement()
			.satisfies((item) -> assertThat(item.state()).isEqualTo(HeldImport.State.RELEASED));
		assertThat(this.held.releaseDue()).as("released once only").isZero();
		assertThat(entries(AuditAction.HOLD)).extracting(AuditEntry::actor).contains("editor");
		assertThat(entries(AuditAction.RELEASE)).extracting(AuditEntry::subject).contains("morning.md");
		assertThat(entries(AuditAction.IMPORT)).extracting(AuditEntry::actor).contains("editor");
	}

	@Test
	void aChiefReleasesEarlyOrCancels() throws Exception {
		this.mvc.perform(multipart("/admin/held").file(file("early.md", PAGE))
			.param("releaseAt", inAnHour())
			.with(editor())
			.with(csrf()));
		this.mvc.perform(multipart("/admin/held").file(file("never.md", PAGE.replace("独一无二", "取消了的")))
			.param("releaseAt", inAnHour())
			.with(editor())
			.with(csrf()));
		assertThat(this.held.waiting()).hasSize(2);
		this.mvc.perform(get("/admin/held").with(chief())).andExpect(content().string(containsString("立即发布")));
		long early = this.held.waiting()
			.stream()
			.filter((h) -> h.name().equals("early.md"))
			.findFirst()
			.orElseThrow()
			.id();
		long never = this.held.waiting()
			.stream()
			.filter((h) -> h.name().equals("never.md"))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc.perform(post("/admin/held/" + early + "/release").with(chief()).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("已发布")));
		this.mvc.perform(post("/admin/held/" + never + "/cancel").with(chief()).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("已取消")));
		this.mvc.perform(post("/admin/held/" + never + "/release").with(chief()).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("已不在等待发布")));
		assertThat(this.bulletins.findByName("early.md")).isPresent();
		assertThat(this.bulletins.findByName("never.md")).isEmpty();
		assertThat(entries(AuditAction.HOLD_CANCELLED)).extracting(AuditEntry::actor).contains("chief");
	}

	@Test
	void whatWouldBeRefusedIsRefusedWhenHeldAndATimeThatPassedToo() throws Exception {
		this.mvc
			.perform(multipart("/admin/held").file(file("bad.md", "没有标题的一段文字。"))
				.param("releaseAt", inAnHour())
				.with(editor())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("未保存")));
		this.mvc
			.perform(multipart("/admin/held").file(file("late.md", PAGE))
				.param("releaseAt", "2020-01-01T05:00")
				.with(editor())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("须在现在之后")));
		this.mvc
			.perform(multipart("/admin/held").file(file("odd.md", PAGE))
				.param("releaseAt", "明天早上")
				.with(editor())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("格式不对")));
		this.mvc.perform(multipart("/admin/held").file(file("twice.md", PAGE))
			.param("releaseAt", inAnHour())
			.with(editor())
			.with(csrf()));
		this.mvc
			.perform(multipart("/admin/held").file(file("twice.md", PAGE))
				.param("releaseAt", inAnHour())
				.with(editor())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("已在等待发布")));
		assertThat(this.held.waiting()).extracting(HeldImport::name).containsExactly("twice.md");
	}

	@Test
	void aReleaseThatFailsStoresNothingAndSaysWhy() {
		this.jdbc
			.sql("insert into held_import (name, content, release_at, held_by, held_at, state) "
					+ "values ('broken.md', :content, :at, 'editor', :at, 'WAITING')")
			.param("content", "\u0000\u0001".getBytes(StandardCharsets.UTF_8))
			.param("at", Instant.now().minusSeconds(5).atOffset(ZoneOffset.UTC))
			.update();
		assertThat(this.held.releaseDue()).isZero();
		assertThat(this.bulletins.findByName("broken.md")).isEmpty();
		assertThat(this.held.recent()).singleElement().satisfies((item) -> {
			assertThat(item.state()).isEqualTo(HeldImport.State.FAILED);
			assertThat(item.outcome()).isNotBlank();
		});
		assertThat(entries(AuditAction.HOLD_FAILED)).extracting(AuditEntry::subject).contains("broken.md");
	}

	@Test
	void scriptsHoldThroughTheApiWithBasicAuthentication() throws Exception {
		String at = LocalDateTime.now(ZONE).plusDays(1).truncatedTo(ChronoUnit.MINUTES) + "+08:00";
		this.mvc
			.perform(multipart("/api/admin/held")
				.file(new MockMultipartFile("file", "api.md", "text/markdown", PAGE.getBytes(StandardCharsets.UTF_8)))
				.param("releaseAt", at)
				.with(httpBasic("editor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("api.md"))
			.andExpect(jsonPath("$.state").value("WAITING"));
		this.mvc.perform(get("/api/admin/held").with(httpBasic("editor", PASSWORD)))
			.andExpect(jsonPath("$[0].name").value("api.md"));
		this.mvc
			.perform(multipart("/api/admin/held")
				.file(new MockMultipartFile("file", "api2.md", "text/markdown", PAGE.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("editor", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("发布时间")));
		assertThat(this.bulletins.findByName("api.md")).isEmpty();
	}

	private java.util.List<AuditEntry> entries(AuditAction action) {
		return this.audit.find(new AuditFilter(null, action, null, null), ZONE, 0, 100).items();
	}

	private static String inAnHour() {
		return LocalDateTime.now(ZONE).plusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/markdown", text.getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	private static RequestPostProcessor chief() {
		return user("chief").roles("CHIEF");
	}

}
