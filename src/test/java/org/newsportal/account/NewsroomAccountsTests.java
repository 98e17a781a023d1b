package org.newsportal.account;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.audit.AuditAction;
import org.newsportal.audit.AuditEntry;
import org.newsportal.audit.AuditFilter;
import org.newsportal.audit.AuditLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts kept in the database: the first administrator from the configuration, what
 * administrators do to accounts, signing in with them on the form and over HTTP Basic,
 * and the audit log of all of it.
 */
@SpringBootTest(properties = { "portal.import-seeds=false", "spring.security.user.name=Chefin",
		"spring.security.user.password={noop}" + NewsroomAccountsTests.ADMIN_PASSWORD })
@AutoConfigureMockMvc
class NewsroomAccountsTests {

	static final String ADMIN_PASSWORD = "erste-chefin-passwort";

	static final String PAGE = """
			# 高新区党政联席会议召开

			本报讯（记者郭树勋）3月11日上午，会议召开。
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private AuditLog audit;

	@Test
	void theFirstAdministratorComesFromTheConfigurationInLowerCaseAndSignsInInAnyCase() throws Exception {
		Account first = this.accounts.findByUsername("chefin").orElseThrow();
		assertThat(first.getRole()).isEqualTo(Role.ADMIN);
		assertThat(first.isEnabled()).isTrue();
		this.mvc.perform(formLogin("/admin/login").user("CHEFIN").password(ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/admin"));
		assertThat(entries("chefin", AuditAction.SIGN_IN)).isNotEmpty()
			.first()
			.satisfies((entry) -> assertThat(entry.address()).isEqualTo("127.0.0.1"));
		assertThat(entries("system", AuditAction.ACCOUNT_CREATED)).extracting(AuditEntry::subject).contains("chefin");
	}

	@Test
	void anAdministratorAddsAnEditorWhoSignsInAndImportsButCannotDeleteOrManageAccounts() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").param("username", "Wang.Wu")
				.param("displayName", "王五")
				.param("password", "wangwu-password")
				.param("role", "EDITOR")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("notice", containsString("wang.wu")));
		this.mvc.perform(get("/admin/accounts").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王五")));
		this.mvc.perform(formLogin("/admin/login").user("wang.wu").password("wangwu-password"))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(formLogin("/admin/login").user("wang.wu").password("wrong-password"))
			.andExpect(redirectedUrl("/admin/login?error"));
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(apiFile("wangwu.md"))
				.with(httpBasic("wang.wu", "wangwu-password")))
			.andExpect(status().isOk());
		assertThat(entries("wang.wu", AuditAction.IMPORT)).extracting(AuditEntry::subject).containsExactly("wangwu.md");
		assertThat(entries(null, AuditAction.SIGN_IN_FAILED)).extracting(AuditEntry::actor).contains("wang.wu");
		assertThat(entries("admin", AuditAction.ACCOUNT_CREATED)).extracting(AuditEntry::subject).contains("wang.wu");

		this.mvc.perform(get("/admin/accounts").with(httpBasicSession("wang.wu"))).andExpect(status().isForbidden());
	}

	@Test
	void aDisabledAccountCannotSignInAnywhereAndIsAllowedAgainWhenEnabled() throws Exception {
		Account account = asAdmin(() -> this.accounts.create("zhao", "赵六", "zhao-password", Role.CHIEF, "admin"));
		this.mvc
			.perform(post("/admin/accounts/" + account.getId() + "/enabled").param("enabled", "false")
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("notice", containsString("已停用")));
		this.mvc.perform(formLogin("/admin/login").user("zhao").password("zhao-password"))
			.andExpect(redirectedUrl("/admin/login?error"));
		this.mvc
			.perform(
					multipart("/api/admin/bulletins").file(apiFile("zhao.md")).with(httpBasic("zhao", "zhao-password")))
			.andExpect(status().isUnauthorized());
		assertThat(entries("zhao", AuditAction.SIGN_IN_FAILED)).extracting(AuditEntry::detail)
			.allSatisfy((detail) -> assertThat(detail).contains("账号已停用"));
		this.mvc.perform(post("/admin/accounts/" + account.getId() + "/enabled").param("enabled", "true")
			.with(admin())
			.with(csrf()));
		this.mvc.perform(formLogin("/admin/login").user("zhao").password("zhao-password"))
			.andExpect(redirectedUrl("/admin"));
		assertThat(entries("admin", AuditAction.ACCOUNT_DISABLED)).extracting(AuditEntry::subject).contains("zhao");
		assertThat(entries("admin", AuditAction.ACCOUNT_ENABLED)).extracting(AuditEntry::subject).contains("zhao");
	}

	@Test
	void disablingEndsTheSessionTheAccountHadAtItsNextRequest() throws Exception {
		Account account = asAdmin(() -> this.accounts.create("zhou", "周八", "zhou-password", Role.EDITOR, "admin"));
		org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(formLogin("/admin/login").user("zhou").password("zhou-password"))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		asAdmin(() -> this.accounts.setEnabled(account.getId(), false, "admin"));
		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/login?disabled"));
		assertThat(session.isInvalid()).isTrue();
		this.mvc.perform(get("/admin/login?disabled")).andExpect(content().string(containsString("已被管理员停用")));
	}

	@Test
	void anAdministratorResetsAPasswordAndTheOldOneNoLongerWorks() throws Exception {
		Account account = asAdmin(() -> this.accounts.create("li", "李四", "li-old-password", Role.EDITOR, "admin"));
		this.mvc
			.perform(post("/admin/accounts/" + account.getId() + "/password").param("password", "short")
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("至少需要 8 个字符")));
		this.mvc
			.perform(post("/admin/accounts/" + account.getId() + "/password").param("password", "li-new-password")
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("notice", containsString("已重设")));
		this.mvc.perform(formLogin("/admin/login").user("li").password("li-old-password"))
			.andExpect(redirectedUrl("/admin/login?error"));
		this.mvc.perform(formLogin("/admin/login").user("li").password("li-new-password"))
			.andExpect(redirectedUrl("/admin"));
		assertThat(entries("admin", AuditAction.PASSWORD_RESET)).extracting(AuditEntry::subject).contains("li");
	}

	@Test
	void everyoneChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
		asAdmin(() -> this.accounts.create("sun", "孙七", "sun-old-password", Role.EDITOR, "admin"));
		RequestPostProcessor sun = user("sun").roles("EDITOR");
		this.mvc.perform(get("/admin/password").with(sun))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码")));
		this.mvc
			.perform(post("/admin/password").param("current", "not-my-password")
				.param("password", "sun-new-password")
				.param("repeat", "sun-new-password")
				.with(sun)
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("当前密码不对")));
		this.mvc
			.perform(post("/admin/password").param("current", "sun-old-password")
				.param("password", "sun-new-password")
				.param("repeat", "sun-other-password")
				.with(sun)
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("不一致")));
		this.mvc
			.perform(post("/admin/password").param("current", "sun-old-password")
				.param("password", "sun-new-password")
				.param("repeat", "sun-new-password")
				.with(sun)
				.with(csrf()))
			.andExpect(flash().attribute("notice", containsString("密码已修改")));
		this.mvc.perform(formLogin("/admin/login").user("sun").password("sun-new-password"))
			.andExpect(redirectedUrl("/admin"));
		assertThat(entries("sun", AuditAction.PASSWORD_CHANGED)).hasSize(1);
	}

	@Test
	void theLastEnabledAdministratorCannotBeDisabledOrDemoted() throws Exception {
		Account first = this.accounts.findByUsername("chefin").orElseThrow();
		this.mvc
			.perform(post("/admin/accounts/" + first.getId() + "/enabled").param("enabled", "false")
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("唯一启用的管理员")));
		this.mvc.perform(
				post("/admin/accounts/" + first.getId() + "/role").param("role", "EDITOR").with(admin()).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("唯一启用的管理员")));
		assertThat(this.accounts.findByUsername("chefin").orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void badAccountsAreRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").param("username", "张三")
				.param("password", "long-enough-pw")
				.param("role", "EDITOR")
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("用户名须为")));
		this.mvc
			.perform(post("/admin/accounts").param("username", "chefin")
				.param("password", "long-enough-pw")
				.param("role", "EDITOR")
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("已被使用")));
		this.mvc
			.perform(post("/admin/accounts").param("username", "longpw")
				.param("password", "长".repeat(25))
				.param("role", "EDITOR")
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("密码太长")));
		this.mvc
			.perform(post("/admin/accounts").param("username", "norole")
				.param("password", "long-enough-pw")
				.param("role", "KING")
				.with(admin())
				.with(csrf()))
			.andExpect(status().is4xxClientError());
		assertThat(this.accounts.findByUsername("longpw")).isEmpty();
	}

	@Test
	void theServiceItselfRefusesCallersWhoAreNoAdministrators() {
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.accounts.create("x1", null, "password-123", Role.ADMIN, "nobody"));
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken("chief", null,
					"ROLE_CHIEF"));
		try {
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> this.accounts.create("x2", null, "password-123", Role.ADMIN, "chief"));
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		assertThat(this.accounts.findByUsername("x1")).isEmpty();
		assertThat(this.accounts.findByUsername("x2")).isEmpty();
	}

	@Test
	void createAdminMakesAnAdministratorOrRestoresOneFromTheCommandLine() throws Exception {
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		CreateAdminCommand command = new CreateAdminCommand(this.accounts, "editor",
				new java.io.PrintStream(printed, true, StandardCharsets.UTF_8),
				new java.io.ByteArrayInputStream("rescue-password\n".getBytes(StandardCharsets.UTF_8)));
		command.run(new org.springframework.boot.DefaultApplicationArguments("--create-admin=Rescue"));
		assertThat(command.getExitCode()).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("rescue");
		this.mvc.perform(formLogin("/admin/login").user("rescue").password("rescue-password"))
			.andExpect(redirectedUrl("/admin"));

		Account demoted = asAdmin(() -> {
			Account account = this.accounts.findByUsername("rescue").orElseThrow();
			this.accounts.setRole(account.getId(), Role.EDITOR, "admin");
			return this.accounts.setEnabled(account.getId(), false, "admin");
		});
		assertThat(demoted.isEnabled()).isFalse();
		CreateAdminCommand again = new CreateAdminCommand(this.accounts, "editor",
				new java.io.PrintStream(printed, true, StandardCharsets.UTF_8),
				new java.io.ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
		again.run(new org.springframework.boot.DefaultApplicationArguments("--create-admin=rescue"));
		assertThat(again.getExitCode()).isOne();
		CreateAdminCommand restore = new CreateAdminCommand(this.accounts, "editor",
				new java.io.PrintStream(printed, true, StandardCharsets.UTF_8),
				new java.io.ByteArrayInputStream("rescue-password-2\n".getBytes(StandardCharsets.UTF_8)));
		restore.run(new org.springframework.boot.DefaultApplicationArguments("--create-admin=rescue"));
		Account restored = this.accounts.findByUsername("rescue").orElseThrow();
		assertThat(restored.getRole()).isEqualTo(Role.ADMIN);
		assertThat(restored.isEnabled()).isTrue();
		this.mvc.perform(formLogin("/admin/login").user("rescue").password("rescue-password-2"))
			.andExpect(redirectedUrl("/admin"));
	}

	private List<AuditEntry> entries(String actor, AuditAction action) {
		return this.audit.find(new AuditFilter(actor, action, null, null), java.time.ZoneId.of("Asia/Shanghai"), 0, 100)
			.items();
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> action) {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken("admin", null,
					"ROLE_ADMIN"));
		try {
			return action.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private static RequestPostProcessor httpBasicSession(String name) {
		return user(name).roles("EDITOR");
	}

	private static MockMultipartFile apiFile(String name) {
		return new MockMultipartFile("file", name, "text/markdown", PAGE.getBytes(StandardCharsets.UTF_8));
	}

}
