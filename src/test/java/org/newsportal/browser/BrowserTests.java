package org.newsportal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test against the application on its random port: one Chromium for the whole
 * class, since starting one costs seconds. A subclass's own {@code @BeforeAll} runs after
 * the browser has started.
 */
@TestInstance(Lifecycle.PER_CLASS)
public abstract class BrowserTests {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	@BeforeAll
	protected void startBrowser() {
		this.browser = Browser.start("http://localhost:" + this.port);
	}

	@AfterAll
	protected void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
