package org.newsportal.site;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsportal.browser.Browser;
import org.newsportal.browser.BrowserTests;
import org.newsportal.browser.NeedsTools;
import org.newsportal.site.SitePages.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site with JavaScript turned off in the browser: every kind of page shows its
 * content, the date chart is drawn, and the search form finds articles. Script, if the
 * site ever has any, can only add to this.
 */
@SeededSite
@NeedsTools
class NoJavaScriptBrowserIT extends BrowserTests {

	private SitePages site;

	@BeforeAll
	void start() {
		this.site = new SitePages(this.port);
		this.browser.javaScript(false);
	}

	@Test
	void javaScriptIsReallyOff() {
		String page = "<title>off</title><script>document.title = 'on'</script>";
		this.browser
			.open("data:text/html;base64," + Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8)));
		assertThat(this.browser.driver().getTitle()).isEqualTo("off");
	}

	@Test
	void everyPageShowsItsContent() {
		for (Page page : this.site.all()) {
			this.browser.open(page.path());
			assertThat(this.browser.find("main h1").isDisplayed()).as(page.name()).isTrue();
			assertThat(this.browser.find("main").getText()).as(page.name()).isNotBlank();
			assertThat(this.browser.find(".site-nav").isDisplayed()).as(page.name()).isTrue();
		}
		this.browser.open("/dates");
		// every day with items has its bar drawn (days without any in the span have none)
		List<WebElement> bars = this.browser.findAll("figure.chart svg rect");
		assertThat(bars).isNotEmpty().allSatisfy((bar) -> {
			String title = bar.findElement(By.cssSelector("title")).getDomProperty("textContent");
			if (!title.endsWith("：0条")) {
				assertThat(bar.getRect().getHeight()).as(title).isPositive();
			}
		});
		assertThat(bars).anySatisfy((bar) -> assertThat(bar.getRect().getHeight()).isPositive());
	}

	@Test
	void theSearchFormFindsArticles() {
		this.browser.open("/");
		this.browser.find("#site-search-q").sendKeys(SitePages.FOUND_WORD);
		this.browser.follow(this.browser.find(".site-search button"));
		assertThat(this.browser.path()).startsWith("/search?q=");
		assertThat(this.browser.findAll(".search-hit")).isNotEmpty();

		this.browser.find("#search-q").clear();
		this.browser.find("#search-q").sendKeys("工人");
		this.browser.find("#search-kind").findElement(By.cssSelector("option[value='photo']")).click();
		this.browser.follow(this.browser.find(".search-form button"));
		assertThat(this.browser.path()).contains("kind=photo");
		assertThat(this.browser.findAll(".search-hit")).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.getText()).contains("图片"));

		this.browser.follow(this.browser.find(".search-hit h2 a"));
		assertThat(this.browser.path()).startsWith("/articles/");
		assertThat(this.browser.find(".article-title").isDisplayed()).isTrue();
	}

}
