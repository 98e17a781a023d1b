package org.newsportal.caching;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP caching and the page cache leave the same paths alone, because both read
 * {@link UncachedPaths}.
 */
class UncachedPathsTests {

	private static final List<PathPattern> INTERCEPTOR_EXCLUDES = Arrays.stream(UncachedPaths.patterns())
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/upload", "/api/admin/bulletins", "/css/site.css", "/js/chart.js",
			"/images/logo.png", "/fonts/a.woff2", "/webjars/x.js", "/favicon.ico", "/printed/2024-03-12/02.pdf",
			"/login", "/logout", "/actuator/health", "/error" })
	void leftAloneByEtagsCacheControlAndThePageCache(String path) {
		assertThat(HttpCachingConfiguration.isExcluded(path)).isTrue();
		assertThat(excludedFromCacheControl(path)).isTrue();
		assertThat(PageCachePolicy.takesPart(get(path))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/2024-03-11-abc", "/dates/2024-03-11", "/reporters/%E5%90%95",
			"/issues/2024-03-12/02", "/search", "/api/articles", "/api/issues", "/feed.atom", "/sitemap.xml" })
	void readersPagesAndTheirApiAreCachedByBoth(String path) {
		assertThat(HttpCachingConfiguration.isExcluded(path)).isFalse();
		assertThat(excludedFromCacheControl(path)).isFalse();
		assertThat(PageCachePolicy.takesPart(get(path))).isTrue();
	}

	@Test
	void thePageCacheReadsTheSameList() {
		assertThat(PageCachePolicy.EXCLUDED).isSameAs(UncachedPaths.PREFIXES);
	}

	private static boolean excludedFromCacheControl(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return INTERCEPTOR_EXCLUDES.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	private static MockHttpServletRequest get(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		return request;
	}

}
