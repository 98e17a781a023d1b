package org.newsportal.security;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Finds the CSRF token of an upload that is over the size limit. Reading a form field
 * makes the container read the whole multipart body, and for an upload over the limit it
 * fails there, inside the security filters, and the editor gets a bare error page. Such a
 * request's token is then taken from the URL, where the upload form also puts it, so the
 * request reaches the application and its friendly message.
 */
class MultipartCsrf implements CsrfTokenRequestHandler {

	private final CsrfTokenRequestHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		try {
			return resolve(request, csrfToken);
		}
		catch (IllegalStateException ex) {
			return resolve(new QueryStringOnly(request), csrfToken);
		}
	}

	/**
	 * The token sent, or {@code null} when it cannot be read, which the CSRF filter
	 * answers with 403 like a wrong token. A token of the right length whose unmasked
	 * bytes are not UTF-8 makes the masking handler throw instead ("Decoding failed"), as
	 * does a malformed percent sequence in the URL; either is what a client sent, not a
	 * fault of the server.
	 */
	private String resolve(HttpServletRequest request, CsrfToken csrfToken) {
		try {
			return this.delegate.resolveCsrfTokenValue(request, csrfToken);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A request whose parameters are those of its query string only.
	 */
	private static final class QueryStringOnly extends HttpServletRequestWrapper {

		QueryStringOnly(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String query = getQueryString();
			if (query == null) {
				return null;
			}
			String value = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(name);
			return (value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : null;
		}

	}

}
