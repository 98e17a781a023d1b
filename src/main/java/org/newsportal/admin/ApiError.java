package org.newsportal.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the import API answers for bad input: {@code {"error": "...", "line": 12}}, the
 * line only where the problem is on one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, Integer line) {

	static ApiError of(String error, int line) {
		return new ApiError(error, (line > 0) ? line : null);
	}

}
