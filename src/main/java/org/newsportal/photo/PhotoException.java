package org.newsportal.photo;

/**
 * A photo that cannot be used, with a message for the editor naming the file.
 */
public class PhotoException extends RuntimeException {

	public PhotoException(String message) {
		super(message);
	}

}
