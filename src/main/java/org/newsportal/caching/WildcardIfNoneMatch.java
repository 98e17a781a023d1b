package org.newsportal.caching;

import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * {@code If-None-Match: *} on a {@code GET} or {@code HEAD}: "unless you have the page at
 * all", which a page that exists fails, so the answer is 304 (RFC 9110, 13.1.2). Spring's
 * {@code checkNotModified} honours the wildcard only for unsafe methods, so the request
 * is shown to it as naming the response's own ETag, which it then matches.
 */
final class WildcardIfNoneMatch extends HttpServletRequestWrapper {

	private final HttpServletResponse response;

	private WildcardIfNoneMatch(HttpServletRequest request, HttpServletResponse response) {
		super(request);
		this.response = response;
	}

	/**
	 * The request as {@code checkNotModified} should see it with this response.
	 */
	static HttpServletRequest of(HttpServletRequest request, HttpServletResponse response) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return request;
		}
		for (String value : Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))) {
			for (String tag : value.split(",")) {
				if (tag.trim().equals("*")) {
					return new WildcardIfNoneMatch(request, response);
				}
			}
		}
		return request;
	}

	private String etag() {
		return this.response.getHeader(HttpHeaders.ETAG);
	}

	@Override
	public String getHeader(String name) {
		if (HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) && etag() != null) {
			return etag();
		}
		return super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		if (HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) && etag() != null) {
			return Collections.enumeration(java.util.List.of(etag()));
		}
		return super.getHeaders(name);
	}

}
