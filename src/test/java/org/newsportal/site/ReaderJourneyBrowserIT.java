package org.newsportal.site;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsportal.browser.Browser;
import org.newsportal.browser.BrowserTests;
import org.newsportal.browser.Browser.Width;
import org.newsportal.browser.NeedsTools;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's visit in a real browser, clicking what a reader clicks: the front page, an
 * article, its reporter, the day it appeared, a search, and an article again. Each page
 * is photographed on a desk and on a phone on the way. Then what makes reading pleasant:
 * the keyboard, the typography of the article, the dark theme and the printed page.
 */
@SeededSite
@NeedsTools
class ReaderJourneyBrowserIT extends BrowserTests {

	private static final String FIRST_HEADLINE = "高新区党政联席会议召开";

	private static final String REPORTER = "郭树勋";

	@AfterEach
	void backToTheScreen() {
		this.browser.width(Width.DESKTOP);
		this.browser.colorScheme("light");
		this.browser.media("");
	}

	@Test
	void readerGoesFromTheFrontPageToAnArticleItsReporterItsDayASearchAndAnotherArticle() {
		this.browser.open("/");
		assertThat(this.browser.driver().getTitle()).isEqualTo("地方新闻");
		photograph("journey-1-front");

		click("main", FIRST_HEADLINE);
		assertThat(this.browser.find("main h1").getText()).isEqualTo(FIRST_HEADLINE);
		String date = this.browser.find(".article-meta time").getDomAttribute("datetime");
		photograph("journey-2-article");

		click(".bylines", REPORTER);
		assertThat(this.browser.path()).startsWith("/reporters/");
		assertThat(this.browser.find("main h1").getText()).isEqualTo(REPORTER);
		assertThat(texts("main .items a")).contains(FIRST_HEADLINE);
		photograph("journey-3-reporter");

		click(".site-nav", "日期");
		assertThat(this.browser.path()).isEqualTo("/dates");
		WebElement chart = this.browser.find("figure.chart svg");
		assertThat(chart.getDomAttribute("role")).isEqualTo("img");
		assertThat(this.browser.find("#chart-desc").getDomProperty("textContent")).contains("条");
		this.browser.follow(this.browser.find(".archive-days a[href='/dates/" + date + "']"));
		assertThat(this.browser.path()).isEqualTo("/dates/" + date);
		assertThat(this.browser.find("main h1 time").getDomAttribute("datetime")).isEqualTo(date);
		assertThat(texts("main .card-title a")).contains(FIRST_HEADLINE);
		photograph("journey-4-day");

		WebElement query = this.browser.find("#site-search-q");
		query.sendKeys("巡视工作条例");
		query.submit();
		assertThat(this.browser.path()).startsWith("/search?q=");
		assertThat(this.browser.find(".search-count").getText()).startsWith("找到");
		assertThat(texts(".search-hit h2 a")).contains(FIRST_HEADLINE);
		photograph("journey-5-search");

		click(".search-results", FIRST_HEADLINE);
		assertThat(this.browser.path()).startsWith("/articles/");
		assertThat(this.browser.find("main h1").getText()).isEqualTo(FIRST_HEADLINE);
	}

	@Test
	void theFirstTabReachesTheSkipLinkWhichShowsItselfAndTakesFocusToTheMainContent() {
		this.browser.open("/");
		WebElement skip = this.browser.find(".skip-link");
		assertThat(skip.getRect().getY() + skip.getRect().getHeight()).as("hidden above the page until focused")
			.isLessThanOrEqualTo(0);

		new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement focused = this.browser.driver().switchTo().activeElement();
		assertThat(focused.getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(focused.getRect().getY()).as("visible when focused").isGreaterThanOrEqualTo(0);
		assertThat(focused.isDisplayed()).isTrue();
		assertVisibleFocus(focused);

		new Actions(this.browser.driver()).sendKeys(Keys.ENTER).perform();
		assertThat(this.browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");

		new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement next = this.browser.driver().switchTo().activeElement();
		assertThat((Boolean) this.browser.script("return arguments[0].closest('main') !== null", next))
			.as("the next tab stays in the main content")
			.isTrue();
		assertVisibleFocus(next);
	}

	@Test
	void everyLinkAndControlInTheHeaderShowsWhereTheFocusIs() {
		this.browser.open("/");
		Actions keyboard = new Actions(this.browser.driver());
		keyboard.sendKeys(Keys.TAB).perform();
		for (int stop = 0; stop < 7; stop++) {
			keyboard.sendKeys(Keys.TAB).perform();
			assertVisibleFocus(this.browser.driver().switchTo().activeElement());
		}
		this.browser.colorScheme("dark");
		this.browser.open("/");
		keyboard.sendKeys(Keys.TAB, Keys.TAB).perform();
		assertVisibleFocus(this.browser.driver().switchTo().activeElement());
	}

	@Test
	void chineseTextIsSetForReading() {
		openFirstArticle();
		WebElement paragraph = this.browser.find(".article-body p");
		double fontSize = pixels(paragraph, "font-size");
		assertThat(fontSize).as("body text size").isGreaterThanOrEqualTo(16);
		assertThat(pixels(paragraph, "line-height") / fontSize).as("line height").isBetween(1.6, 2.0);
		double charactersPerLine = paragraph.getRect().getWidth() / fontSize;
		assertThat(charactersPerLine).as("measure in characters").isBetween(30.0, 40.0);
		assertThat(pixels(paragraph, "text-indent") / fontSize).as("two-character indent").isEqualTo(2.0);
		assertThat(pixels(paragraph, "margin-bottom")).as("space between paragraphs").isPositive();
		assertThat(this.browser.computed(paragraph, "text-align")).isEqualTo("justify");
		assertThat(paragraph.getText()).as("full-width punctuation kept").contains("，", "（", "）", "。");

		this.browser.width(Width.PHONE);
		paragraph = this.browser.find(".article-body p");
		assertThat(paragraph.getRect().getWidth() / pixels(paragraph, "font-size")).as("measure on a phone")
			.isBetween(16.0, 24.0);
		assertThat(this.browser.fitsWidth()).isTrue();
	}

	@Test
	void theDarkThemeFollowsTheSystemSetting() {
		openFirstArticle();
		double light = luminance(this.browser.computed(this.browser.find("body"), "background-color"));
		this.browser.colorScheme("dark");
		double dark = luminance(this.browser.computed(this.browser.find("body"), "background-color"));
		double darkText = luminance(this.browser.computed(this.browser.find(".article-body p"), "color"));
		assertThat(light).isGreaterThan(0.9);
		assertThat(dark).isLessThan(0.05);
		assertThat((darkText + 0.05) / (dark + 0.05)).as("contrast of the text in the dark").isGreaterThan(7);
	}

	@Test
	void anArticlePrintsWithoutTheSiteAroundIt() {
		openFirstArticle();
		this.browser.media("print");
		for (String furniture : List.of(".site-nav", ".site-search", ".site-footer", ".article-nav", ".skip-link")) {
			assertThat(this.browser.findAll(furniture)).as(furniture)
				.allSatisfy((element) -> assertThat(element.isDisplayed()).as(furniture).isFalse());
		}
		assertThat(this.browser.find(".article-title").isDisplayed()).isTrue();
		assertThat(this.browser.find(".article-body").isDisplayed()).isTrue();
		assertThat(this.browser.find(".bylines").isDisplayed()).isTrue();
		assertThat(this.browser.computed(this.browser.find("body"), "background-color")).isIn("rgb(255, 255, 255)",
				"rgba(0, 0, 0, 0)");
		assertThat(this.browser.computed(this.browser.find(".article-body p"), "color")).isEqualTo("rgb(0, 0, 0)");
	}

	private void openFirstArticle() {
		this.browser.open("/");
		click("main", FIRST_HEADLINE);
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

	private void assertVisibleFocus(WebElement element) {
		String description = element.getTagName() + "." + element.getDomAttribute("class");
		assertThat(this.browser.computed(element, "outline-style")).as(description).isNotEqualTo("none");
		assertThat(pixels(element, "outline-width")).as(description).isGreaterThanOrEqualTo(2);
	}

	private double pixels(WebElement element, String property) {
		return Double.parseDouble(this.browser.computed(element, property).replace("px", ""));
	}

	/** Relative luminance of a CSS rgb() colour, as WCAG defines it. */
	static double luminance(String rgb) {
		String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Double.parseDouble(parts[i]) / 255;
			channels[i] = (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

}
