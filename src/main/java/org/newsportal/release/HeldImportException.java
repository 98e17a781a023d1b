package org.newsportal.release;

/**
 * A hold that was refused, with the message the editor sees.
 */
public class HeldImportException extends RuntimeException {

	HeldImportException(String message) {
		super(message);
	}

}
