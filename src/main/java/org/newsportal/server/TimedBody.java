package org.newsportal.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.function.LongSupplier;

import org.apache.coyote.InputBuffer;
import org.apache.coyote.Request;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * A request body with a deadline and a size limit, put between Tomcat's HTTP input and
 * everything that reads it: the servlet input stream, Tomcat's own form and multipart
 * parsing, Spring Security's CSRF check. Tomcat's read timeout only bounds the wait for
 * each packet, so a client sending one byte a second keeps a thread for as long as it
 * likes; here the body as a whole must arrive within {@code grace + bytes / minRate}.
 * <p>
 * Each read is checked before and after it waits, so a read that blocks is still bounded
 * by Tomcat's read timeout ({@code server.tomcat.connection-timeout}), after which the
 * deadline is checked again.
 * <p>
 * A small body is read at once ({@link #readAhead}) and then handed out from memory, so
 * that the application never waits on the network for it and a body that is too slow is
 * answered before the application sees the request.
 */
final class TimedBody implements InputBuffer {

	enum Failure {

		/** The body did not keep up the minimum rate. */
		TOO_SLOW,

		/** The body turned out longer than the limit (chunked, without a length). */
		TOO_LARGE

	}

	private final InputBuffer source;

	private final long limit;

	private final long graceNanos;

	private final long minBytesPerSecond;

	private final LongSupplier nanoTime;

	private final long started;

	private long read;

	private boolean ended;

	private Failure failure;

	private byte[] kept;

	private int handedOut;

	TimedBody(InputBuffer source, long limit, Duration grace, long minBytesPerSecond, LongSupplier nanoTime) {
		this.source = source;
		this.limit = limit;
		this.graceNanos = grace.toNanos();
		this.minBytesPerSecond = Math.max(1, minBytesPerSecond);
		this.nanoTime = nanoTime;
		this.started = nanoTime.getAsLong();
	}

	@Override
	public int doRead(ApplicationBufferHandler handler) throws IOException {
		if (this.kept != null) {
			return handOut(handler);
		}
		return pass(handler);
	}

	@Override
	public int available() {
		return (this.kept != null) ? this.kept.length - this.handedOut : this.source.available();
	}

	/**
	 * Reads the whole body now, through the request so that Tomcat answers
	 * {@code Expect: 100-continue} and counts the bytes as usual, and keeps it for the
	 * application's reads.
	 * @param request the request this body is installed in
	 * @throws IOException when the body is too slow or too large ({@link #failure()}), or
	 * the client went away
	 */
	void readAhead(Request request) throws IOException {
		Chunk chunk = new Chunk();
		ByteArrayOutputStream body = new ByteArrayOutputStream(
				(int) Math.min(this.limit, Math.max(0, request.getContentLengthLong())));
		int n;
		while ((n = request.doRead(chunk)) >= 0) {
			ByteBuffer bytes = chunk.getByteBuffer();
			int count = Math.min(n, bytes.remaining());
			if (bytes.hasArray()) {
				body.write(bytes.array(), bytes.arrayOffset() + bytes.position(), count);
			}
			else {
				byte[] copy = new byte[count];
				bytes.get(copy);
				body.write(copy, 0, count);
			}
		}
		this.kept = body.toByteArray();
	}

	/**
	 * Reads and drops what the application left of the body, at the same pace as any
	 * other read, so that the connection can serve the client's next request.
	 */
	void drain(Request request) throws IOException {
		Chunk chunk = new Chunk();
		while (request.doRead(chunk) >= 0) {
			// dropped
		}
	}

	/**
	 * Whether the body has been read to its end, by the application or here.
	 */
	boolean isComplete() {
		return this.ended || this.kept != null;
	}

	Failure failure() {
		return this.failure;
	}

	long bytesRead() {
		return this.read;
	}

	private int handOut(ApplicationBufferHandler handler) {
		int remaining = this.kept.length - this.handedOut;
		if (remaining == 0) {
			return -1;
		}
		handler.setByteBuffer(ByteBuffer.wrap(this.kept, this.handedOut, remaining).slice());
		this.handedOut += remaining;
		return remaining;
	}

	private int pass(ApplicationBufferHandler handler) throws IOException {
		if (this.failure != null) {
			throw exception();
		}
		if (this.ended) {
			return -1;
		}
		checkPace();
		int n = this.source.doRead(handler);
		if (n < 0) {
			this.ended = true;
			return n;
		}
		this.read += n;
		if (this.read > this.limit) {
			fail(Failure.TOO_LARGE);
		}
		checkPace();
		return n;
	}

	private void checkPace() throws IOException {
		long elapsed = this.nanoTime.getAsLong() - this.started;
		if (elapsed > allowedNanos(this.read)) {
			fail(Failure.TOO_SLOW);
		}
	}

	/**
	 * The time {@code bytes} may take to arrive: the grace, and then the minimum rate.
	 */
	long allowedNanos(long bytes) {
		long atMinimumRate = (bytes >= Long.MAX_VALUE / 1_000_000_000L) ? Long.MAX_VALUE / 2
				: bytes * 1_000_000_000L / this.minBytesPerSecond;
		return this.graceNanos + atMinimumRate;
	}

	private void fail(Failure reason) throws IOException {
		this.failure = reason;
		throw exception();
	}

	private IOException exception() {
		return (this.failure == Failure.TOO_SLOW)
				? new SocketTimeoutException("The request body arrived too slowly (" + this.read + " bytes)")
				: new IOException("The request body is larger than " + this.limit + " bytes");
	}

	/**
	 * Takes the buffer each read hands over.
	 */
	private static final class Chunk implements ApplicationBufferHandler {

		private ByteBuffer buffer = ApplicationBufferHandler.EMPTY_BUFFER;

		@Override
		public void setByteBuffer(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public ByteBuffer getByteBuffer() {
			return this.buffer;
		}

		@Override
		public void expand(int size) {
			// Each read's buffer is taken as it comes
		}

	}

}
