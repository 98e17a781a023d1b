package org.newsportal.admin;

import org.newsportal.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsportal.article.BulletinRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what, and the headers every response carries.
 */
@SpringBootTest(properties = { "portal.import-seeds=false", EditorAccount.PASSWORD_PROPERTY })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AdminSecurityTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private BulletinRepository bulletins;

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/", "/admin/upload", "/admin/upload/some-token", "/admin/bulletins/1",
			"/admin/bulletins/1/delete", "/admin/bulletins/1/reimport" })
	void everyEditorsPageNeedsALogin(String page) throws Exception {
		this.mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/upload/some-token/publish", "/admin/upload/some-token/cancel",
			"/admin/bulletins/1/delete", "/admin/bulletins/1/reimport" })
	void everyEditorsActionNeedsALogin(String action) throws Exception {
		this.mvc.perform(post(action).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void uploadingNeedsALogin() throws Exception {
		this.mvc
			.perform(multipart("/admin/upload").file(Bulletins.file("refused-page.md", Bulletins.GOOD)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login"));
		assertThat(this.bulletins.findByName("refused-page.md")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/upload/some-token/publish", "/admin/upload/some-token/cancel",
			"/admin/bulletins/1/delete", "/admin/bulletins/1/reimport", "/admin/logout" })
	void everyEditorsActionNeedsACsrfToken(String action) throws Exception {
		this.mvc.perform(post(action).with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post(action).with(editor()).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
	}

	@Test
	void aTamperedTokenOfTheRightLengthIsRefusedWith403AndNoStackTrace(CapturedOutput output) throws Exception {
		// A masked token is 36 random bytes and the token's 36 bytes XORed with them;
		// these
		// unmask to 0xFF bytes, which are not UTF-8
		byte[] masked = new byte[72];
		java.util.Arrays.fill(masked, 36, 72, (byte) 0xFF);
		String tampered = java.util.Base64.getUrlEncoder().encodeToString(masked);
		this.mvc
			.perform(post("/admin/login").param("username", "editor").param("password", "x").param("_csrf", tampered))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					multipart("/admin/upload?_csrf=" + tampered).file(Bulletins.file("refused-page.md", Bulletins.GOOD))
						.with(editor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/bulletins/1/delete?_csrf=%zz").with(editor())).andExpect(status().isForbidden());
		assertThat(output.getAll()).doesNotContain("Decoding failed").doesNotContain("IllegalArgumentException");
	}

	@Test
	void uploadingNeedsACsrfToken() throws Exception {
		this.mvc
			.perform(multipart("/admin/upload").file(Bulletins.file("refused-page.md", Bulletins.GOOD)).with(editor()))
			.andExpect(status().isForbidden());
		assertThat(this.bulletins.findByName("refused-page.md")).isEmpty();
	}

	@Test
	void readersCannotEnterTheEditorsArea() throws Exception {
		this.mvc.perform(get("/admin").with(user("reader").roles("READER"))).andExpect(status().isForbidden());
	}

	@Test
	void theLoginPageIsPublicAndInChinese() throws Exception {
		this.mvc.perform(get("/admin/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("编辑登录")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/admin/login?error"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
	}

	@Test
	void editorsSignInWithTheConfiguredAccountAndSignOutByPost() throws Exception {
		this.mvc.perform(formLogin("/admin/login").user("editor").password(EditorAccount.PASSWORD))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(formLogin("/admin/login").user("editor").password("wrong-password"))
			.andExpect(redirectedUrl("/admin/login?error"));
		this.mvc.perform(logout("/admin/logout")).andExpect(redirectedUrl("/admin/login?logout"));
		this.mvc.perform(get("/admin/logout").with(editor())).andExpect(status().isNotFound());
	}

	@Test
	void theImportApiNeedsBasicCredentialsOfAnEditor() throws Exception {
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("refused-page.md", Bulletins.GOOD))
				.with(csrf()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"));
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("refused-page.md", Bulletins.GOOD))
				.with(httpBasic("editor", "wrong-password")))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("refused-page.md", Bulletins.GOOD))
				.with(user("reader").roles("READER")))
			.andExpect(status().isForbidden());
		assertThat(this.bulletins.findByName("refused-page.md")).isEmpty();
	}

	@Test
	void theImportApiNeedsNoCsrfTokenAndKeepsNoSession() throws Exception {
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("api.md", Bulletins.GOOD))
				.with(httpBasic("editor", EditorAccount.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(this.bulletins.findByName("api.md")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/login", "/api/articles", "/no-such-page", "/css/admin.css", "/actuator/health" })
	void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(securityHeaders());
	}

	@Test
	void editorsPagesAndApiAnswersCarryTheSecurityHeadersToo() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(securityHeaders());
		this.mvc.perform(get("/admin").with(editor())).andExpect(status().isOk()).andExpect(securityHeaders());
		this.mvc.perform(multipart("/api/admin/bulletins")).andExpect(securityHeaders());
	}

	@Test
	void actuatorShowsOnlyHealthAndInfo() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\": \"UP\"}"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("details"))));
		this.mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		for (String hidden : new String[] { "env", "beans", "configprops", "mappings", "metrics", "loggers", "heapdump",
				"threaddump", "shutdown", "sessions", "scheduledtasks" }) {
			this.mvc.perform(get("/actuator/" + hidden).with(editor())).andExpect(status().isNotFound());
		}
	}

	@Test
	void theH2ConsoleIsOff() throws Exception {
		this.mvc.perform(get("/h2-console").with(editor())).andExpect(status().isNotFound());
	}

	static ResultMatcher securityHeaders() {
		ResultMatcher[] matchers = {
				header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY),
				header().string("Content-Security-Policy",
						org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))),
				header().string("X-Content-Type-Options", "nosniff"),
				header().string("Referrer-Policy", "strict-origin-when-cross-origin"),
				header().string("X-Frame-Options", "DENY") };
		return (result) -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	/** A chief editor (审核/值班主任), who may also delete. */
	static org.springframework.test.web.servlet.request.RequestPostProcessor chief() {
		return user("chief").roles("CHIEF");
	}

}
