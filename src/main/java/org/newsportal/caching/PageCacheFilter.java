package org.newsportal.caching;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Answers readers' requests from the {@link PageCache} and fills it. Registered ahead of
 * Spring Security's filters, so a hit costs no security chain, controller, query or
 * template.
 * <p>
 * Which requests take part and which pages may be kept is {@link PageCachePolicy}'s to
 * say: what makes sharing pages safe is that only anonymous requests take part. Only a
 * GET fills the cache (a HEAD has no body to keep; it is answered once a GET filled it).
 * <p>
 * The key is scheme, host, port, path and query as the request gives them: the host and
 * port are those {@code ServletUriComponentsBuilder} builds absolute links from when
 * {@code portal.base-url} is unset (the {@code Host} header, or a proxy's forwarded host
 * where forwarded headers are honoured).
 * <p>
 * A page is kept with the headers the application set, the security headers and the
 * {@code ETag} of {@link org.springframework.web.filter.ShallowEtagHeaderFilter} (which
 * runs inside) included, and answered with them. {@code If-None-Match} is answered here,
 * from the kept {@code ETag}; on a miss the application does not see the conditional
 * headers, so it renders the whole page, which can then be kept for the next reader and
 * the 304 is still given to this one.
 * <p>
 * A page is rendered by one request at a time: requests for a page that is being rendered
 * wait for that rendering and are answered with it (see
 * {@link PageCache#startRendering}), or, when the page expired a moment ago, are answered
 * at once with the expired one. Responses carry {@value #HEADER}: {@code hit} when the
 * application was not reached, {@code stale} when the page answered had expired and is
 * being rendered again for another request, {@code miss} when the application rendered
 * it.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Page-Cache";

	static final String HIT = "hit";

	static final String MISS = "miss";

	static final String STALE = "stale";

	/** Headers not kept: the server writes them for each response. */
	private static final List<String> NOT_KEPT = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.DATE, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONNECTION, HEADER);

	/**
	 * How long a request waits for another's rendering of the same page before it renders
	 * it itself: far longer than a page takes, so only a rendering gone wrong is given up
	 * on.
	 */
	private static final Duration WAIT = Duration.ofSeconds(5);

	private final PageCache cache;

	private final PageCompression compression;

	PageCacheFilter(PageCache cache, PageCompression compression) {
		this.cache = cache;
		this.compression = compression;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// An asynchronous request's dispatch must come back to finish what it began
		return !isAsyncDispatch(request) && !PageCachePolicy.takesPart(request);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(128).append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		String query = request.getQueryString();
		if (query != null) {
			key.append('?').append(query);
		}
		return key.toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isAsyncDispatch(request)) {
			Rendering rendering = WebUtils.getNativeResponse(response, Rendering.class);
			try {
				chain.doFilter(request, response);
				if (rendering != null && !isAsyncStarted(request)) {
					finish(rendering);
				}
			}
			finally {
				if (rendering != null && !isAsyncStarted(request)) {
					end(rendering, null);
				}
			}
			return;
		}
		String key = key(request);
		PageCache.Found found = this.cache.find(key);
		if (found != null && !found.stale()) {
			serve(request, response, found.page(), HIT);
			return;
		}
		if (!HttpMethod.GET.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		CompletableFuture<CachedPage> announced = new CompletableFuture<>();
		CompletableFuture<CachedPage> underWay = this.cache.startRendering(key, announced);
		if (underWay != null) {
			if (found != null) {
				// Another request is rendering it again: answer the expired page now
				serve(request, response, found.page(), STALE);
				return;
			}
			CachedPage page = await(underWay);
			if (page != null) {
				serve(request, response, page, HIT);
				return;
			}
			// That one could not be kept (or took too long): render alone
			announced = null;
		}
		Rendering rendering = new Rendering(request, response, key, this.cache.generation(), announced);
		try {
			chain.doFilter(UnconditionalRequest.of(request), rendering);
			if (!isAsyncStarted(request)) {
				finish(rendering);
			}
		}
		finally {
			// Whatever happened, nobody waits for this rendering any longer
			if (!isAsyncStarted(request)) {
				end(rendering, null);
			}
		}
	}

	/**
	 * Hands the page to the requests waiting for it ({@code null}: they render it
	 * themselves); only the first call counts.
	 */
	private void end(Rendering rendering, CachedPage kept) {
		if (rendering.announced != null) {
			this.cache.endRendering(rendering.key, rendering.announced, kept);
		}
	}

	private static CachedPage await(CompletableFuture<CachedPage> rendering) {
		try {
			return rendering.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private void serve(HttpServletRequest request, HttpServletResponse response, CachedPage page, String how)
			throws IOException {
		response.setStatus(HttpStatus.OK.value());
		page.headers().forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			for (int i = 1; i < values.size(); i++) {
				response.addHeader(name, values.get(i));
			}
		});
		response.setHeader(HEADER, how);
		if (page.etag() != null && isConditional(request)
				&& new ServletWebRequest(WildcardIfNoneMatch.of(request, response), response)
					.checkNotModified(page.etag())) {
			return;
		}
		response.setContentType(page.contentType());
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		byte[] body = page.body();
		if (page.gzipped() != null && this.compression.isAccepted(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		if (HttpMethod.GET.matches(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean isConditional(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null;
	}

	private void finish(Rendering rendering) throws IOException {
		CachedPage page = keepable(rendering);
		boolean kept = page != null && this.cache.put(rendering.key, rendering.generation, page);
		end(rendering, kept ? page : null);
		HttpServletResponse response = (HttpServletResponse) rendering.getResponse();
		response.setHeader(HEADER, MISS);
		// The application did not see If-None-Match; answer it as it would have
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (etag != null && response.getStatus() == HttpStatus.OK.value()
				&& new ServletWebRequest(WildcardIfNoneMatch.of(rendering.request, response), response)
					.checkNotModified(etag)) {
			return;
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * The page to keep, or {@code null} when this response must not be shared.
	 */
	private CachedPage keepable(Rendering rendering) {
		if (!PageCachePolicy.mayKeep(rendering.request, rendering, this.cache.maxEntrySize())) {
			return null;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : rendering.getHeaderNames()) {
			// A container may list a name once per value
			if (isKept(name, rendering) && headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
				headers.put(name, List.copyOf(rendering.getHeaders(name)));
			}
		}
		byte[] body = rendering.getContentAsByteArray();
		byte[] gzipped = this.compression.compress(body, rendering.getContentType());
		if (gzipped != null
				&& PageCachePolicy.varied(rendering).noneMatch(HttpHeaders.ACCEPT_ENCODING::equalsIgnoreCase)) {
			// Compressed or not, the page varies on Accept-Encoding; said once here
			// rather
			// than looked for on every hit (a Vary kept so far can only be blank)
			headers.keySet().removeIf(HttpHeaders.VARY::equalsIgnoreCase);
			headers.put(HttpHeaders.VARY, List.of(HttpHeaders.ACCEPT_ENCODING));
		}
		return new CachedPage(body, rendering.getContentType(), rendering.locale, Collections.unmodifiableMap(headers),
				rendering.getHeader(HttpHeaders.ETAG), gzipped);
	}

	private static boolean isKept(String name, Rendering rendering) {
		if (NOT_KEPT.stream().anyMatch(name::equalsIgnoreCase)) {
			return false;
		}
		// Kept as the locale when set so, which is how the container writes it
		return rendering.locale == null || !name.equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE);
	}

	/**
	 * The response of a page being rendered: the body is held back until the page is kept
	 * (or not) and the client's conditional headers are answered.
	 */
	private static final class Rendering extends ContentCachingResponseWrapper {

		private final HttpServletRequest request;

		private final String key;

		private final long generation;

		/** Announced to requests for the same page, which wait for it; or null. */
		private final CompletableFuture<CachedPage> announced;

		/** {@code Content-Language}, which the container keeps apart from the headers. */
		private Locale locale;

		Rendering(HttpServletRequest request, HttpServletResponse response, String key, long generation,
				CompletableFuture<CachedPage> announced) {
			super(response);
			this.request = request;
			this.key = key;
			this.generation = generation;
			this.announced = announced;
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.locale = locale;
		}

	}

	/**
	 * The request without its conditional headers, so that the application renders the
	 * whole page even for a client that has it.
	 */
	private static final class UnconditionalRequest extends HttpServletRequestWrapper {

		private static final List<String> HIDDEN = List.of(HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MODIFIED_SINCE);

		private UnconditionalRequest(HttpServletRequest request) {
			super(request);
		}

		static HttpServletRequest of(HttpServletRequest request) {
			for (String name : HIDDEN) {
				if (request.getHeader(name) != null) {
					return new UnconditionalRequest(request);
				}
			}
			return request;
		}

		private static boolean isHidden(String name) {
			return HIDDEN.stream().anyMatch(name::equalsIgnoreCase);
		}

		@Override
		public String getHeader(String name) {
			return isHidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isHidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public long getDateHeader(String name) {
			return isHidden(name) ? -1 : super.getDateHeader(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			Collection<String> names = new ArrayList<>();
			for (String name : Collections.list(super.getHeaderNames())) {
				if (!isHidden(name)) {
					names.add(name);
				}
			}
			return Collections.enumeration(names);
		}

	}

}
