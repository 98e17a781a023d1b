package org.newsportal.account;

/**
 * An account change that was refused, with the message the administrator or editor sees.
 */
public class AccountException extends RuntimeException {

	AccountException(String message) {
		super(message);
	}

}
