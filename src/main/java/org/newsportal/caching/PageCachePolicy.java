package org.newsportal.caching;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What may be shared between readers through the {@link PageCache}: which requests take
 * part, and which of the pages rendered for them may be kept. {@link PageCacheFilter}
 * asks; it does the answering, rendering and keeping.
 * <p>
 * Only anonymous requests take part: one with an {@code Authorization} header or a
 * session (an editor signed in, or one who was) is neither answered from the cache nor
 * stored, so an editor's view never reaches a reader. The editors' area, the import API,
 * sign-in and sign-out, the actuator and the assets are left out besides. A page is kept
 * only when it is a 200 of a textual type, without {@code Set-Cookie}, without
 * {@code Cache-Control: private} or {@code no-store}, varying on nothing but
 * {@code Accept-Encoding}, no larger than {@code portal.page-cache.max-entry-size}, and
 * when no session was created while rendering it.
 */
final class PageCachePolicy {

	/** Never cached: the same paths HTTP caching leaves alone. */
	static final List<String> EXCLUDED = UncachedPaths.PREFIXES;

	private PageCachePolicy() {
	}

	/**
	 * Whether the request may be answered from the cache, and its page kept.
	 */
	static boolean takesPart(HttpServletRequest request) {
		String method = request.getMethod();
		if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
			return false;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() != null
				|| request.getSession(false) != null) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String excluded : EXCLUDED) {
			if (path.startsWith(excluded)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the page rendered for this request may be kept and shared.
	 */
	static boolean mayKeep(HttpServletRequest request, ContentCachingResponseWrapper response, long maxEntrySize) {
		if (response.getStatus() != HttpStatus.OK.value() || response.isCommitted()
				|| response.getContentSize() > maxEntrySize || request.getSession(false) != null
				|| !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() || !isText(response.getContentType())) {
			return false;
		}
		for (String value : response.getHeaders(HttpHeaders.CACHE_CONTROL)) {
			String directives = value.toLowerCase(Locale.ROOT);
			if (directives.contains("private") || directives.contains("no-store")) {
				return false;
			}
		}
		return varied(response).allMatch((name) -> name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING));
	}

	/**
	 * The header names the response's {@code Vary} lists, over all its values.
	 */
	static Stream<String> varied(HttpServletResponse response) {
		return response.getHeaders(HttpHeaders.VARY)
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((name) -> !name.isEmpty());
	}

	/**
	 * Text, HTML, JSON and XML (feeds, sitemap): what the site renders.
	 */
	static boolean isText(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			String subtype = type.getSubtype();
			return type.getType().equals("text") || (type.getType().equals("application") && (subtype.equals("json")
					|| subtype.endsWith("+json") || subtype.equals("xml") || subtype.endsWith("+xml")));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
