package org.newsportal;

import java.net.URI;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for canonical links, feeds and the sitemap, which readers and
 * crawlers take away from the page. A plain object rather than a bean so that controller
 * advice built from {@link PortalProperties} works in every {@code @WebMvcTest} too.
 */
public final class SiteUrls {

	private final String base;

	public SiteUrls(PortalProperties properties) {
		this(properties.baseUrl());
	}

	SiteUrls(URI baseUrl) {
		this.base = (baseUrl != null) ? stripSlash(baseUrl.toString()) : null;
	}

	/**
	 * The absolute address of a path on the site.
	 * @param path an encoded path starting with {@code /}, with its query if any
	 */
	public String absolute(String path) {
		return base() + path;
	}

	/**
	 * The site's own address, without a trailing slash. Taken from the current request
	 * when {@code portal.base-url} is unset.
	 */
	public String base() {
		if (this.base != null) {
			return this.base;
		}
		return stripSlash(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
