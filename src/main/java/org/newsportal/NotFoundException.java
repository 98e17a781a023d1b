package org.newsportal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing at this address: an unknown article, reporter, issue or bulletin, a day without
 * items, a page past the end. The one way every controller says so: the reader's pages
 * answer the site's 404 page, the API its JSON error body, both with {@code no-store}.
 * The message is for the log only; readers never see it.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message, null, false, false);
	}

}
