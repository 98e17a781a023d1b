package org.newsportal.photo;

/**
 * One rendition of a photo: a width in one format, encoded.
 */
public record Rendition(PhotoFormat format, int width, int height, Encoded encoded) {

	Rendition(PhotoFormat format, int width, int height, byte[] data) {
		this(format, width, height, Encoded.inMemory(data));
	}

	/** The encoded bytes (read from the spool when the photo is spooled). */
	public byte[] data() {
		return this.encoded.bytes();
	}

}
