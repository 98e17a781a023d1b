package org.newsportal.site;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsportal.browser.Browser;
import org.newsportal.browser.BrowserTests;
import org.newsportal.browser.Browser.Width;
import org.newsportal.browser.NeedsTools;
import org.newsportal.site.SitePages.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, in light and dark, on a desk and on a phone: no axe-core
 * violations, nothing wider than a 360 px phone, and a screenshot of each for people to
 * look at.
 */
@SeededSite
@NeedsTools
class AccessibilityBrowserIT extends BrowserTests {

	private List<Page> pages;

	@BeforeAll
	void start() {
		SitePages site = new SitePages(this.port);
		this.pages = site.all();
	}

	@Test
	void everyPageHasNoAccessibilityViolationsInLightAndDark() {
		List<String> problems = new ArrayList<>();
		for (String scheme : List.of("light", "dark")) {
			this.browser.colorScheme(scheme);
			for (Width width : Width.values()) {
				this.browser.width(width);
				for (Page page : this.pages) {
					this.browser.open(page.path());
					List<Rule> violations = this.browser.accessibilityViolations();
					if (!violations.isEmpty()) {
						problems.add(page.name() + " " + scheme + " " + width.label() + " (" + page.path() + "):\n"
								+ Browser.describe(violations));
					}
				}
			}
		}
		this.browser.colorScheme("light");
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}

	@Test
	void nothingScrollsSidewaysOnAPhone() {
		this.browser.width(Width.PHONE);
		List<String> problems = new ArrayList<>();
		for (Page page : this.pages) {
			this.browser.open(page.path());
			if (!this.browser.fitsWidth()) {
				problems.add(page.name() + ": " + this.browser.widerThanWindow());
			}
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void everyPageIsPhotographedOnADeskAndOnAPhoneInLightAndDark() {
		for (String scheme : List.of("light", "dark")) {
			this.browser.colorScheme(scheme);
			for (Width width : Width.values()) {
				this.browser.width(width);
				for (Page page : this.pages) {
					this.browser.open(page.path());
					assertThat(this.browser.screenshot(page.name() + (scheme.equals("dark") ? "-dark" : "")))
						.isNotEmptyFile();
				}
			}
		}
		this.browser.colorScheme("light");
	}

}
