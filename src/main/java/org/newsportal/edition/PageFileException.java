package org.newsportal.edition;

/**
 * A file that cannot be a page's PDF or image, with the reason for the editor.
 */
public class PageFileException extends RuntimeException {

	PageFileException(String message) {
		super(message);
	}

}
