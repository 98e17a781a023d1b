package org.newsportal.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of an encoded picture: in memory as the encoder made them, or in a
 * {@link PhotoSpool} once the photo is prepared.
 */
public final class Encoded {

	private final byte[] data;

	private final PhotoSpool spool;

	private final long offset;

	private final int length;

	private Encoded(byte[] data, PhotoSpool spool, long offset, int length) {
		this.data = data;
		this.spool = spool;
		this.offset = offset;
		this.length = length;
	}

	static Encoded inMemory(byte[] data) {
		return new Encoded(data, null, 0, data.length);
	}

	static Encoded spooled(PhotoSpool spool, long offset, int length) {
		return new Encoded(null, spool, offset, length);
	}

	/** The bytes, read from the spool when they are there. */
	public byte[] bytes() {
		return (this.data != null) ? this.data : this.spool.read(this.offset, this.length);
	}

	/** The bytes as a stream, for storing them without holding them. */
	public InputStream open() throws IOException {
		return (this.data != null) ? new ByteArrayInputStream(this.data) : this.spool.open(this.offset, this.length);
	}

	public int length() {
		return this.length;
	}

	/** The bytes this holds in the heap: none once spooled. */
	long held() {
		return (this.data != null) ? this.length : 0;
	}

	PhotoSpool spool() {
		return this.spool;
	}

	Encoded spoolTo(PhotoSpool target) throws IOException {
		return (this.data != null) ? target.append(this.data) : this;
	}

}
