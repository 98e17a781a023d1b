package org.newsportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driving the site on a random port: one per test class, closed after
 * it. Widths, colour scheme and print media are emulated through the DevTools protocol,
 * so one browser can look at a page as a phone, in the dark and on paper.
 */
public final class Browser implements AutoCloseable {

	/** Where screenshots go: {@code target/screenshots/{page}-{width}.png}. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private Width width = Width.DESKTOP;

	private String colorScheme = "light";

	private String media = "";

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	/**
	 * Starts Chromium at desktop width in the light colour scheme.
	 * @param baseUrl the running site, such as {@code http://localhost:41234}
	 */
	public static Browser start(String baseUrl) {
		Path profile;
		try {
			profile = Files.createTempDirectory("portal-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The driver is named explicitly, so Selenium Manager never looks for (or
		// downloads) one
		System.setProperty("webdriver.chrome.driver", Tools.CHROMEDRIVER.path().toString());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Tools.CHROMEDRIVER.path().toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		// An alert stays open for the test to find, instead of being dismissed unseen
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		options.setBinary(Tools.CHROMIUM.path().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-extensions", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
				"--lang=zh-CN", "--user-data-dir=" + profile, "--window-size=1280,900");
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Browser browser = new Browser(driver, baseUrl, profile);
		browser.emulate();
		return browser;
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public String url(String path) {
		return path.startsWith("/") ? this.baseUrl + path : path;
	}

	public void open(String path) {
		this.driver.get(url(path));
	}

	/** The path and query of the current page. */
	public String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	/**
	 * Clicks something that loads another page and waits until it has: a click returns
	 * before the browser navigates, so reading the path right after it races the load.
	 */
	public void follow(WebElement element) {
		try {
			element.click();
		}
		catch (WebDriverException ex) {
			// Chromium can report the click as failed when the page it started
			// unloading is gone before the driver's own check of the node: the click
			// happened, the wait below tells whether the next page came
			if (ex.getMessage() == null || !ex.getMessage().contains("does not belong to the document")) {
				throw ex;
			}
		}
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(element));
	}

	/**
	 * Signs in to the editors' pages with the sign-in form, opening it unless it is the
	 * page shown (where asking for an editors' page led), and returns the path the form
	 * led to: where the browser was going, else {@code /admin}.
	 */
	public String signIn(String user, String password) {
		if (!path().startsWith("/admin/login")) {
			open("/admin/login");
		}
		find("#username").sendKeys(user);
		find("#password").sendKeys(password);
		follow(find("main form button[type=submit]"));
		return path();
	}

	/**
	 * What is wrong with the page shown: axe-core's violations in the light and the dark
	 * colour scheme, and sideways scrolling at phone width, each said with the page's
	 * name; the page is photographed at both widths on the way. Leaves the browser light
	 * and at desktop width.
	 */
	public List<String> checkPage(String name) {
		List<String> problems = new ArrayList<>();
		for (String scheme : List.of("light", "dark")) {
			colorScheme(scheme);
			List<Rule> violations = accessibilityViolations();
			if (!violations.isEmpty()) {
				problems.add(name + " " + scheme + ":\n" + describe(violations));
			}
		}
		colorScheme("light");
		screenshot(name);
		width(Width.PHONE);
		screenshot(name);
		if (!fitsWidth()) {
			problems.add(name + " at 360 px: " + widerThanWindow());
		}
		width(Width.DESKTOP);
		return problems;
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	public String computed(WebElement element, String property) {
		return (String) script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", element,
				property);
	}

	public Width width() {
		return this.width;
	}

	/** Emulates a screen of the given width, as a phone does for the phone width. */
	public void width(Width width) {
		this.width = width;
		emulate();
	}

	/**
	 * Turns the page's JavaScript off (or on again) from the next page loaded on, as a
	 * reader who blocks scripts has it. The test's own DevTools calls still work.
	 */
	public void javaScript(boolean enabled) {
		this.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
	}

	/** Emulates {@code prefers-color-scheme}: {@code light} or {@code dark}. */
	public void colorScheme(String scheme) {
		this.colorScheme = scheme;
		emulate();
	}

	/** Emulates a media type ({@code print}), or the screen with an empty string. */
	public void media(String media) {
		this.media = media;
		emulate();
	}

	private void emulate() {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", this.width.width, "height",
				this.width.height, "deviceScaleFactor", this.width.scale, "mobile", this.width.mobile));
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", this.media, "features",
				List.of(Map.of("name", "prefers-color-scheme", "value", this.colorScheme))));
	}

	/** The page is no wider than the window: nothing scrolls sideways. */
	public boolean fitsWidth() {
		Number overflow = (Number) script(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		return overflow.intValue() <= 0;
	}

	/**
	 * The elements that reach past the right edge of the window, for a failure message.
	 */
	public String widerThanWindow() {
		return (String) script("""
				const limit = document.documentElement.clientWidth;
				return [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > limit + 0.5)
				  .slice(0, 8)
				  .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
				      + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')')
				  .join(', ')""");
	}

	/**
	 * Saves what the window shows as {@code target/screenshots/{name}-{width}.png}, and
	 * the whole page as {@code {name}-{width}-full.png}.
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + "-" + this.width.label + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			Number height = (Number) script("return document.documentElement.scrollHeight");
			Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", this.width.width, "height",
					Math.min(height.intValue(), 8000), "scale", 1);
			Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
			Files.write(SCREENSHOTS.resolve(name + "-" + this.width.label + "-full.png"),
					Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs axe-core in the page and returns its violations, empty when there are none.
	 */
	public List<Rule> accessibilityViolations() {
		Results results = new AxeBuilder().analyze(this.driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed on " + path() + ": " + results.getErrorMessage());
		}
		return results.getViolations();
	}

	/** The violations, one line per element, for an assertion message. */
	public static String describe(List<Rule> violations) {
		return violations.stream()
			.flatMap((rule) -> rule.getNodes()
				.stream()
				.map((node) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
						+ node.getTarget() + ": " + node.getFailureSummary()))
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary folder left behind is no failure
			}
		}
	}

	/** The two widths every page is looked at. */
	public enum Width {

		DESKTOP("desktop", 1280, 900, 1, false), PHONE("phone", 360, 780, 2, true);

		private final String label;

		private final int width;

		private final int height;

		private final int scale;

		private final boolean mobile;

		Width(String label, int width, int height, int scale, boolean mobile) {
			this.label = label;
			this.width = width;
			this.height = height;
			this.scale = scale;
			this.mobile = mobile;
		}

		public String label() {
			return this.label;
		}

	}

}
