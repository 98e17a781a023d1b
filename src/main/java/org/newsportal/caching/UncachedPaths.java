package org.newsportal.caching;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of paths that HTTP caching (ETags and {@code Cache-Control}, in
 * {@link HttpCachingConfiguration}) and the page cache ({@link PageCacheFilter}) leave
 * alone: the editors' area and its import API (private, and their uploads should not be
 * buffered), the assets (cached for a year under hashed names), the printed pages' files
 * (streamed with their own ETag and {@code Cache-Control}), sign-in and sign-out, the
 * actuator and the error page. Each is a prefix of the path within the context.
 */
final class UncachedPaths {

	static final List<String> PREFIXES = List.of("/admin", "/api/admin", "/css/", "/js/", "/images/", "/fonts/",
			"/webjars/", "/favicon.ico", "/printed/", "/photos/", "/login", "/logout", "/actuator", "/error");

	private UncachedPaths() {
	}

	/**
	 * Whether a path within the context is left alone.
	 */
	static boolean matches(String path) {
		for (String prefix : PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The same list as Spring MVC path patterns, for interceptors: {@code /admin} and
	 * {@code /admin/**}, {@code /css/**}, {@code /favicon.ico}.
	 */
	static String[] patterns() {
		List<String> patterns = new ArrayList<>();
		for (String prefix : PREFIXES) {
			if (prefix.endsWith("/")) {
				patterns.add(prefix + "**");
			}
			else if (prefix.contains(".")) {
				patterns.add(prefix);
			}
			else {
				patterns.add(prefix);
				patterns.add(prefix + "/**");
			}
		}
		return patterns.toArray(String[]::new);
	}

}
