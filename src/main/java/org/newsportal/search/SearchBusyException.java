package org.newsportal.search;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Too many searches at once ({@link SearchSlots}): 503 with {@code Retry-After}, which
 * the site's error page shows as "服务器正忙" and the API as its JSON error, never cached.
 */
public class SearchBusyException extends ErrorResponseException {

	/** Seconds a client is asked to wait: searches take milliseconds each. */
	static final String RETRY_AFTER = "2";

	public SearchBusyException() {
		super(HttpStatus.SERVICE_UNAVAILABLE);
		getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		getHeaders().setCacheControl("no-store");
	}

}
