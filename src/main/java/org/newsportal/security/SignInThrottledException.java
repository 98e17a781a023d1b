package org.newsportal.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password: too many failed attempts from the
 * client's address or for the account.
 */
class SignInThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

}
