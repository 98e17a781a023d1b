package org.newsportal.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the programs the browser and markup tests drive live. Each can be moved with a
 * system property or an environment variable; nothing is ever downloaded.
 */
public final class Tools {

	/** Chromium, Debian's {@code chromium} package. */
	public static final Tool CHROMIUM = new Tool("Chromium", "portal.test.chromium", "CHROMIUM_BIN",
			"/usr/bin/chromium", "apt-get install chromium");

	/** The matching driver, Debian's {@code chromium-driver} package. */
	public static final Tool CHROMEDRIVER = new Tool("ChromeDriver", "portal.test.chromedriver", "CHROMEDRIVER",
			"/usr/bin/chromedriver", "apt-get install chromium-driver");

	/** The W3C Nu HTML Checker, from npm's {@code vnu-jar} package. */
	public static final Tool VNU = new Tool("The Nu HTML Checker (vnu.jar)", "portal.test.vnu", "VNU_JAR",
			".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar", "npm install --no-save --prefix .cache/vnu vnu-jar");

	private Tools() {
	}

	/**
	 * True when a missing tool must fail the build rather than skip the test: on CI,
	 * which installs them all ({@code .ci/run}).
	 */
	static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * A program a test needs, found by system property, then environment variable, then
	 * its usual place.
	 */
	public record Tool(String name, String property, String variable, String usualPath, String install) {

		public Path path() {
			String configured = System.getProperty(this.property);
			if (configured == null || configured.isBlank()) {
				configured = System.getenv(this.variable);
			}
			return Path.of((configured == null || configured.isBlank()) ? this.usualPath : configured);
		}

		public boolean present() {
			return Files.isRegularFile(path());
		}

		String missing() {
			return this.name + " not found at " + path() + " (install it with `" + this.install + "`, or set "
					+ this.variable + ")";
		}

	}

}
