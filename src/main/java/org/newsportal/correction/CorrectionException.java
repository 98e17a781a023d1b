package org.newsportal.correction;

/**
 * An edit that cannot be saved, with the message an editor sees.
 */
public class CorrectionException extends RuntimeException {

	public CorrectionException(String message) {
		super(message);
	}

}
