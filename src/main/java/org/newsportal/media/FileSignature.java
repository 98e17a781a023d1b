package org.newsportal.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file editors send is, by its first bytes, never its name: a page's PDF, or a
 * JPEG or PNG picture.
 */
public enum FileSignature {

	PDF(new byte[] { '%', 'P', 'D', 'F', '-' }),

	JPEG(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	PNG(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

	private final byte[] prefix;

	FileSignature(byte[] prefix) {
		this.prefix = prefix;
	}

	/** Whether the content starts with this signature. */
	public boolean matches(byte[] content) {
		return content != null && content.length >= this.prefix.length
				&& Arrays.equals(content, 0, this.prefix.length, this.prefix, 0, this.prefix.length);
	}

	/** The signature the content starts with, if any. */
	public static Optional<FileSignature> of(byte[] content) {
		return Arrays.stream(values()).filter((signature) -> signature.matches(content)).findFirst();
	}

}
