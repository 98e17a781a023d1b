package org.newsportal.bulletin;

/**
 * A bulletin that cannot be imported. The message is for the editor, in Chinese, and
 * names the problem; {@code line} is 1-based, or 0 when no single line is to blame.
 */
public class BulletinFormatException extends RuntimeException {

	private final int line;

	public BulletinFormatException(String message, int line) {
		super(message);
		this.line = line;
	}

	public BulletinFormatException(String message) {
		this(message, 0);
	}

	public int line() {
		return this.line;
	}

}
