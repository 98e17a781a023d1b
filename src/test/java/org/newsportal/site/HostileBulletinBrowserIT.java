package org.newsportal.site;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.browser.Browser;
import org.newsportal.browser.BrowserTests;
import org.newsportal.browser.NeedsTools;
import org.openqa.selenium.NoAlertPresentException;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A bulletin that tries to run script from its headline and its body (a script element,
 * an image and an SVG with event handlers, javascript: links in Markdown and HTML). In
 * the browser no alert ever opens and no element of the bulletin's making reaches the
 * page: the reader sees the markup as text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "portal.seeds-dir=src/test/resources/hostile-seeds")
@NeedsTools
class HostileBulletinBrowserIT extends BrowserTests {

	private static final String HEADLINE = "市民来信<script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)>";

	/**
	 * Anything in a page that could run script. The site itself has none: its only script
	 * element is the JSON-LD data block of an article, which browsers never execute.
	 */
	private static final String SCRIPTABLE = "script:not([type='application/ld+json']), iframe, object, embed, [onerror], [onload], [onclick], "
			+ "a[href^='javascript' i], iframe[src^='javascript' i], img[src='x']";

	@Test
	void theHeadlineAndBodyShowTheMarkupAsTextAndNothingRuns() {
		this.browser.open("/");
		String article = this.browser.find("main .lead-title a").getDomAttribute("href");
		assertNothingRan();
		assertThat(this.browser.find("main .lead-title a").getText()).isEqualTo(HEADLINE);

		this.browser.open(article);
		assertNothingRan();
		assertThat(this.browser.find("main h1").getText()).isEqualTo(HEADLINE);
		assertThat(this.browser.driver().getTitle()).startsWith(HEADLINE);
		assertThat(this.browser.findAll(".article-body svg, .article-body img, .article-body script")).isEmpty();
		String body = this.browser.find(".article-body").getText();
		assertThat(body).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
				"点我预约");
		this.browser.screenshot("hostile-article");
	}

	@Test
	void theListsSearchAndDatesShowItHarmlesslyToo() {
		this.browser.open("/api/articles");
		String date = this.browser.driver().getPageSource().replaceAll("(?s).*\"date\":\"([0-9-]+)\".*", "$1");
		for (String path : List.of("/dates", "/dates/" + date, "/search?q=" + SitePages.encode("夜间阅读"),
				"/search?q=" + SitePages.encode("<script>alert(1)</script>"), "/reporters",
				"/reporters/" + SitePages.encode("程诗雨"), "/people")) {
			this.browser.open(path);
			assertNothingRan();
		}
		this.browser.open("/search?q=" + SitePages.encode("市民来信"));
		assertThat(this.browser.find(".search-hit h2 a").getText()).isEqualTo(HEADLINE);
	}

	private void assertNothingRan() {
		assertThatExceptionOfType(NoAlertPresentException.class).as(this.browser.path())
			.isThrownBy(() -> this.browser.driver().switchTo().alert());
		assertThat(this.browser.findAll(SCRIPTABLE)).as(this.browser.path()).isEmpty();
		assertThat(this.browser.findAll("main svg:not(.chart-svg)")).as(this.browser.path()).isEmpty();
	}

}
