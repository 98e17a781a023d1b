package org.newsportal.edition;

/**
 * A bulletin whose printed place cannot be taken: a page number or edition in its front
 * matter that means nothing, or a page another bulletin already is.
 */
public class PlacementException extends RuntimeException {

	PlacementException(String message) {
		super(message);
	}

}
