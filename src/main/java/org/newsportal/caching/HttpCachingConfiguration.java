package org.newsportal.caching;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * HTTP caching for the reader's pages, the JSON API, the feeds and the sitemap.
 * <p>
 * The validator is an ETag hashed from the response body
 * ({@link ShallowEtagHeaderFilter}), so it changes exactly when what the reader gets
 * changes. A cheaper "data version" validator (bumped on each import and checked before
 * rendering) was considered and not taken: a page also depends on the search index, which
 * catches up after the import's commit, on the templates of the running release and on
 * the host name when {@code portal.base-url} is unset, and a validator that misses any of
 * these tells browsers and proxies that a stale page is current, for good.
 * <p>
 * Rendering is saved by the page cache instead ({@link PageCache},
 * {@link PageCacheFilter}): the last rendering of each reader's page, its ETag included,
 * kept in memory for a few seconds. It does listen to data changes (the import's commit,
 * the index's updates, the bulletin table's fingerprint), but only to drop pages early:
 * every page expires after {@code portal.page-cache.ttl} whatever happened, the host is
 * part of its key and the cache lives and dies with the release, so a missed signal costs
 * seconds of staleness, not a stale page for good. A conditional request answered from it
 * renders nothing; on a miss the page is rendered once for the next readers too.
 * <p>
 * The ETag is weak because the server compresses afterwards: the gzip body is a different
 * byte sequence with the same meaning. Browsers revalidate every time
 * ({@code max-age=0}), so editors see an import at once; shared caches (a CDN, a reverse
 * proxy) may answer for a minute ({@code s-maxage=60}) before they revalidate.
 * <p>
 * Error pages are not here either: a shared cache should not keep a 400 or a 404 for a
 * minute, so an error's {@code Cache-Control} is {@code no-store}
 * ({@link ErrorsNotStored}). Static assets are not here: their URLs carry a content hash
 * and they are cached for a year (see {@code spring.web.resources.*} in
 * {@code application.properties}). The editors' area is not here either: it is private,
 * and its uploads should not be buffered. Nor are printed pages' PDFs and images
 * ({@code /printed/}): up to 20 MB each, they are streamed a chunk at a time with an ETag
 * from their stored hash ({@code edition.PrintedFileController}), where body hashing or
 * the page cache would hold each whole in memory. News photos ({@code /photos/}) have
 * content-hashed addresses cached for a year ({@code photo.PhotoController}). The page
 * cache reads the same list, {@link UncachedPaths}.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration implements WebMvcConfigurer {

	static final CacheControl PAGES = CacheControl.maxAge(Duration.ZERO).sMaxAge(Duration.ofMinutes(1)).cachePublic();

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return isExcluded(request.getRequestURI().substring(request.getContextPath().length()));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				super.doFilterInternal(WildcardIfNoneMatch.of(request, response), response, chain);
			}

		};
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		// Inside the security filters, so a login redirect is never given an ETag
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ErrorsNotStored> errorsNotStored() {
		FilterRegistrationBean<ErrorsNotStored> registration = new FilterRegistrationBean<>(new ErrorsNotStored());
		registration.addUrlPatterns("/*");
		// Outside the ETag filter and the page cache, whose responses pass their status
		// on
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor interceptor = new WebContentInterceptor();
		interceptor.setCacheControl(PAGES);
		registry.addInterceptor(interceptor).addPathPatterns("/**").excludePathPatterns(UncachedPaths.patterns());
	}

	static boolean isExcluded(String path) {
		return UncachedPaths.matches(path);
	}

}
