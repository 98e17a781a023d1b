package org.newsportal.account;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.browser.BrowserTests;
import org.newsportal.browser.NeedsTools;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom in a real browser: the administrator signs in, adds an editor, reads the
 * audit log filtered to that, and signs out; the editor signs in with the new account,
 * finds no accounts or audit pages in the menu (and is refused them by address), holds a
 * bulletin for release tomorrow morning, sees it waiting without the chief's buttons, and
 * changes their own password. Every new page is checked with axe-core in light and dark
 * and at both widths.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.import-seeds=false", "spring.security.user.name=chefin",
				"spring.security.user.password={noop}" + NewsroomJourneyBrowserIT.ADMIN_PASSWORD })
@NeedsTools
class NewsroomJourneyBrowserIT extends BrowserTests {

	static final String ADMIN_PASSWORD = "chefin-passwort-lang";

	private static final Path BULLETIN = Path.of("src/test/resources/bulletins/people.md");

	private final List<String> problems = new ArrayList<>();

	@Test
	void anAdministratorAddsAnEditorWhoHoldsABulletinForTheMorning() {
		signIn("chefin", ADMIN_PASSWORD);
		assertThat(menu()).contains("账号管理", "操作记录", "待发布", "修改密码");
		this.browser.follow(this.browser.find(".admin-bar").findElement(By.linkText("账号管理")));
		assertThat(this.browser.path()).isEqualTo("/admin/accounts");
		check("account-list");
		this.browser.find("#username").sendKeys("wangwu");
		this.browser.find("#displayName").sendKeys("王五");
		new Select(this.browser.find("#role")).selectByValue("EDITOR");
		this.browser.find("#password").sendKeys("wangwu-passwort");
		this.browser.follow(this.browser.find("#add-account button[type=submit]"));
		assertThat(this.browser.find(".admin-notice").getText()).contains("wangwu");
		assertThat(this.browser.find("#account-wangwu").getText()).contains("王五", "已启用");
		check("account-added");

		this.browser.follow(this.browser.find(".admin-bar").findElement(By.linkText("操作记录")));
		new Select(this.browser.find("#action")).selectByValue("ACCOUNT_CREATED");
		this.browser.follow(this.browser.find("#audit-filter button[type=submit]"));
		assertThat(this.browser.path()).startsWith("/admin/audit?");
		assertThat(this.browser.find(".admin-audit").getText()).contains("添加账号", "wangwu", "chefin");
		check("audit-log");
		signOut();

		signIn("wangwu", "wangwu-passwort");
		assertThat(menu()).contains("待发布", "修改密码").doesNotContain("账号管理", "操作记录");
		this.browser.open("/admin/accounts");
		assertThat(this.browser.find("main").getText()).doesNotContain("添加账号");
		this.browser.open("/admin");
		this.browser.follow(this.browser.find(".admin-bar").findElement(By.linkText("待发布")));
		assertThat(this.browser.path()).isEqualTo("/admin/held");
		check("held-empty");
		this.browser.find("#file").sendKeys(BULLETIN.toAbsolutePath().toString());
		String tomorrowAtFive = LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
			.plusDays(1)
			.withHour(5)
			.truncatedTo(ChronoUnit.HOURS)
			.toString();
		this.browser.script("arguments[0].value = arguments[1];", this.browser.find("#releaseAt"), tomorrowAtFive);
		this.browser.follow(this.browser.find("#hold-form button[type=submit]"));
		assertThat(this.browser.find(".admin-notice").getText()).contains("people.md", "05:00");
		assertThat(this.browser.find("#held-waiting").getText()).contains("people.md", "wangwu").doesNotContain("立即发布");
		check("held-waiting");

		this.browser.follow(this.browser.find(".admin-bar").findElement(By.linkText("修改密码")));
		check("account-password");
		this.browser.find("#current").sendKeys("wangwu-passwort");
		this.browser.find("#new-password").sendKeys("wangwu-neues-passwort");
		this.browser.find("#repeat").sendKeys("wangwu-neues-passwort");
		this.browser.follow(this.browser.find("#change-password button[type=submit]"));
		assertThat(this.browser.find(".admin-notice").getText()).contains("密码已修改");
		signOut();
		signIn("wangwu", "wangwu-neues-passwort");
		assertThat(this.browser.path()).isIn("/admin", "/admin?continue");
		assertThat(this.problems).as(String.join("\n\n", this.problems)).isEmpty();
	}

	private void signIn(String user, String password) {
		assertThat(this.browser.signIn(user, password)).isIn("/admin", "/admin?continue");
	}

	private void signOut() {
		this.browser.follow(this.browser.find(".admin-logout button[type=submit]"));
		assertThat(this.browser.path()).startsWith("/admin/login");
	}

	private String menu() {
		return this.browser.find(".admin-bar nav").getText();
	}

	/** Accessibility in light and dark, the phone width, and screenshots of the page. */
	private void check(String name) {
		this.problems.addAll(this.browser.checkPage(name));
	}

}
