package org.newsportal.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 that names stored content: a photo, a page's file, a bulletin.
 */
public final class ContentHash {

	private ContentHash() {
	}

	/** The SHA-256 of the content, as 64 lower-case hex digits. */
	public static String sha256(byte[] content) {
		return HexFormat.of().formatHex(digest().digest(content));
	}

	/** A fresh SHA-256 digest, for content given in parts. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform has it
			throw new IllegalStateException(ex);
		}
	}

}
