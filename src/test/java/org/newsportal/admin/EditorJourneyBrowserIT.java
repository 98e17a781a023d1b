package org.newsportal.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.browser.BrowserTests;
import org.newsportal.browser.NeedsTools;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's day in a real browser: sign in, upload a bulletin, look at the preview,
 * publish it, read the article on the site, then delete the bulletin after confirming.
 * Every editors' page is checked with axe-core in light and dark and photographed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.import-seeds=false", "spring.security.user.name=" + EditorJourneyBrowserIT.EDITOR,
				"spring.security.user.password={bcrypt}$2a$10$Otr9DDgoHXX7M2KkbR/ywua22bIqbCWtk7PzoTY9rF/q5GBBvwgZK" })
@NeedsTools
class EditorJourneyBrowserIT extends BrowserTests {

	static final String EDITOR = "editor";

	/** The password whose bcrypt hash is configured above. */
	private static final String PASSWORD = "geheim-und-lang";

	private static final Path BULLETIN = Path.of("src/test/resources/bulletins/people.md");

	private static final String HEADLINE = "市政府与科技学院签署战略合作协议";

	private final List<String> problems = new ArrayList<>();

	@Test
	void editorSignsInUploadsPreviewsPublishesAndDeletes() {
		this.browser.open("/admin");
		assertThat(this.browser.path()).startsWith("/admin/login");
		check("admin-login");
		// Spring Security marks the page it returns to after signing in with ?continue
		assertThat(this.browser.signIn(EDITOR, PASSWORD)).isIn("/admin", "/admin?continue");
		check("admin-history");

		this.browser.follow(this.browser.find(".admin-bar").findElement(By.linkText("上传公报")));
		assertThat(this.browser.path()).isEqualTo("/admin/upload");
		check("admin-upload");
		this.browser.find("#files").sendKeys(BULLETIN.toAbsolutePath().toString());
		this.browser.follow(this.browser.find("main form.admin-form button[type=submit]"));

		assertThat(this.browser.find("main h1").getText()).isEqualTo("预览");
		assertThat(this.browser.findAll(".admin-preview-file.admin-ready")).hasSize(1);
		assertThat(this.browser.find(".admin-preview-file").getText()).contains(HEADLINE);
		check("admin-preview");
		this.browser.follow(this.browser.find("main").findElement(By.xpath(".//button[text()='发布']")));

		assertThat(this.browser.path()).isEqualTo("/admin");
		assertThat(this.browser.find(".admin-notice").getText()).contains("已发布");
		check("admin-published");
		this.browser.follow(this.browser.find(".admin-history").findElement(By.linkText("查看报告")));
		assertThat(this.browser.path()).startsWith("/admin/bulletins/");
		check("admin-report");
		String report = this.browser.path();
		WebElement item = this.browser.find("main").findElement(By.linkText(HEADLINE));
		String article = item.getDomAttribute("href");
		this.browser.follow(item);
		assertThat(this.browser.find("main h1").getText()).isEqualTo(HEADLINE);

		this.browser.open(report);
		this.browser.follow(this.browser.find("main a.admin-danger"));
		assertThat(this.browser.path()).endsWith("/delete");
		check("admin-confirm-delete");
		this.browser.follow(this.browser.find("main button.admin-danger"));
		assertThat(this.browser.path()).isEqualTo("/admin");
		assertThat(this.browser.find(".admin-notice").getText()).contains("people.md");

		this.browser.open(article);
		assertThat(this.browser.find("main h1").getText()).isEqualTo("页面不存在");
		assertThat(this.problems).as(String.join("\n\n", this.problems)).isEmpty();
	}

	/** Accessibility in light and dark, the phone width, and screenshots of the page. */
	private void check(String name) {
		this.problems.addAll(this.browser.checkPage(name));
	}

}
