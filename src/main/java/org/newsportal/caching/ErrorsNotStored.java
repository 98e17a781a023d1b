package org.newsportal.caching;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Errors are not for shared caches. {@code Cache-Control} for pages is set before the
 * controller runs, when nobody knows yet whether the answer is a page or a 404; once the
 * status is an error this makes it {@code no-store}, whatever is set before or after, so
 * a CDN does not keep {@code /api/articles/nope} for a minute.
 */
final class ErrorsNotStored extends OncePerRequestFilter {

	static final String NO_STORE = "no-store";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Response(response));
	}

	private static final class Response extends HttpServletResponseWrapper {

		Response(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int status) {
			super.setStatus(status);
			if (status >= 400) {
				noStore();
			}
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			noStore();
			super.sendError(status, message);
		}

		@Override
		public void sendError(int status) throws IOException {
			noStore();
			super.sendError(status);
		}

		@Override
		public void setHeader(String name, String value) {
			if (!isCacheControlOfAnError(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!isCacheControlOfAnError(name)) {
				super.addHeader(name, value);
			}
		}

		private boolean isCacheControlOfAnError(String name) {
			return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && getStatus() >= 400;
		}

		private void noStore() {
			super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		}

	}

}
