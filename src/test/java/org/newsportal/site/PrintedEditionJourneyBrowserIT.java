package org.newsportal.site;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsportal.browser.BrowserTests;
import org.newsportal.browser.Browser.Width;
import org.newsportal.browser.NeedsTools;
import org.newsportal.edition.PrintedFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of the digital edition (数字报) in a real browser, clicking what a reader clicks:
 * the past-issues calendar, a day's issue, a page, one of its articles and, from the
 * article's "本报…第01版" line, the page again and the next page. Each is photographed on a
 * desk and on a phone ({@code target/screenshots/printed-*}); two of them are in the
 * README.
 */
@SeededSite
@NeedsTools
class PrintedEditionJourneyBrowserIT extends BrowserTests {

	@AfterEach
	void backToTheDesk() {
		this.browser.width(Width.DESKTOP);
	}

	@Test
	void readerGoesFromTheCalendarToAnIssueAPageAnArticleAndTheNextPage() {
		this.browser.open("/");
		click(".site-nav", "数字报");
		assertThat(this.browser.path()).isEqualTo("/issues");
		assertThat(this.browser.find("table.calendar caption").getText()).isEqualTo("2024年2月");
		assertThat(texts("td.calendar-issue a")).containsExactly("24", "27", "28");
		photograph("printed-1-calendar");

		this.browser.follow(this.browser.find("td.calendar-issue a[href='/issues/" + PrintedFixture.ISSUE + "']"));
		assertThat(this.browser.path()).isEqualTo("/issues/" + PrintedFixture.ISSUE);
		assertThat(texts(".issue-page-title a")).containsExactly("第01版：要闻", "第02版：高新区新闻", "第03版：经济");
		assertThat(loaded(this.browser.find(".issue-thumb img"))).as("the first page's thumbnail is shown").isTrue();
		photograph("printed-2-issue");

		click(".issue-pages", "第01版：要闻");
		assertThat(this.browser.path()).isEqualTo("/issues/" + PrintedFixture.ISSUE + "/01");
		assertThat(this.browser.find("main h1").getText()).isEqualTo("第01版：要闻");
		assertThat(texts(".page-items .card-title a")).containsExactly("全市工业经济运行分析会召开", "春季植树造林工作全面展开");
		assertThat(loaded(this.browser.find(".printed-thumb img"))).isTrue();
		assertThat(this.browser.find(".printed-files a[download]").getText()).isEqualTo("下载本版PDF");
		photograph("printed-3-page");

		click(".page-items", "春季植树造林工作全面展开");
		assertThat(this.browser.path()).startsWith("/articles/");
		WebElement printed = this.browser.find(".article-printed a");
		assertThat(printed.getText()).isEqualTo("本报2024年2月27日 第01版");
		photograph("printed-4-article");

		this.browser.follow(printed);
		assertThat(this.browser.path()).isEqualTo("/issues/" + PrintedFixture.ISSUE + "/01");
		this.browser.follow(this.browser.find(".page-pager a[rel=next]"));
		assertThat(this.browser.path()).isEqualTo("/issues/" + PrintedFixture.ISSUE + "/02");
		assertThat(this.browser.find("main h1").getText()).isEqualTo("第02版：高新区新闻");
		assertThat(this.browser.find(".issue-page-list a[aria-current=page]").getText()).isEqualTo("第02版：高新区新闻");
		photograph("printed-5-next-page");

		this.browser.follow(this.browser.findAll("nav.pager a[rel=next]").get(1));
		assertThat(this.browser.path()).isEqualTo("/issues/" + PrintedFixture.NEXT_ISSUE + "/01");
	}

	@Test
	void thePickerChoosesAMonthWithoutJavaScript() {
		this.browser.javaScript(false);
		try {
			this.browser.open("/issues");
			new Select(this.browser.find("#issues-year")).selectByValue("2024");
			new Select(this.browser.find("#issues-month")).selectByValue("3");
			this.browser.follow(this.browser.find(".issues-picker button"));
			assertThat(this.browser.path()).isEqualTo("/issues?year=2024&month=3");
			assertThat(this.browser.find("table.calendar caption").getText()).isEqualTo("2024年3月");
			this.browser.follow(this.browser.find("nav.pager a[rel=prev]"));
			assertThat(this.browser.find("table.calendar caption").getText()).isEqualTo("2024年2月");
		}
		finally {
			this.browser.javaScript(true);
		}
	}

	private boolean loaded(WebElement image) {
		return ((Number) this.browser.script("return arguments[0].complete ? arguments[0].naturalWidth : 0", image))
			.intValue() > 0;
	}

	private void click(String within, String linkText) {
		this.browser.follow(this.browser.find(within).findElement(By.linkText(linkText)));
	}

	private List<String> texts(String css) {
		return this.browser.findAll(css).stream().map(WebElement::getText).toList();
	}

	/** Screenshots at both widths; on the phone nothing may scroll sideways. */
	private void photograph(String name) {
		this.browser.screenshot(name);
		this.browser.width(Width.PHONE);
		this.browser.screenshot(name);
		assertThat(this.browser.fitsWidth()).as(name + " at 360 px: " + this.browser.widerThanWindow()).isTrue();
		this.browser.width(Width.DESKTOP);
	}

}
