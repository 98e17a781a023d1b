package org.newsportal.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.newsportal.security.SecurityConfiguration;
import org.newsportal.server.TimedBody.Failure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Keeps request bodies from taking the server's threads away from readers. Tomcat reads a
 * body on a request thread, waiting for each packet up to its read timeout, so a few
 * hundred clients each sending a sign-in form one byte a second hold every thread and the
 * front page stops answering. Here every request with a body, before the application sees
 * it:
 * <ul>
 * <li>is refused with 413 at once when it announces more than its limit: a few KB for a
 * form, the upload limit for an upload;</li>
 * <li>is refused with 503 when {@code maxConcurrent} bodies (or
 * {@code maxConcurrentUploads} uploads) are already under way, so the other threads are
 * always free for readers;</li>
 * <li>must arrive at a minimum pace ({@link TimedBody}), or is answered 408. A form is
 * read whole before the application runs; an upload, too large to hold, is timed as the
 * application reads it.</li>
 * </ul>
 * A refused body is not read: the answer says {@code Connection: close} and Tomcat does
 * not swallow the rest. What the application left unread of an accepted body is read here
 * at the same pace, so that Tomcat's own swallowing, which has no deadline, finds nothing
 * left.
 * <p>
 * A valve of the web application's context rather than a servlet filter: only there can
 * the body be timed wherever it is read, Tomcat's form and multipart parsing included,
 * and the rest of a refused body be left unread. Being inside the host, a refusal still
 * gets the site's error page.
 */
final class RequestBodyValve extends ValveBase {

	private static final Logger logger = LoggerFactory.getLogger(RequestBodyValve.class);

	/** Seconds a client refused for too many bodies at once is asked to wait. */
	static final String RETRY_AFTER = "10";

	private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(60);

	private final RequestBodyProperties properties;

	private final long maxUploadSize;

	private final Set<String> uploadPaths;

	private final Semaphore bodies;

	private final Semaphore uploads;

	private final LongSupplier nanoTime;

	/** The text of the answer to a refused body, by status. */
	private final IntFunction<String> answers;

	private final AtomicLong refused = new AtomicLong();

	private final AtomicLong lastLogged;

	/**
	 * @param maxUploadSize the largest upload, the multipart request limit
	 * @param uploadPaths where a multipart {@code POST} is an upload
	 * @param answers the text of the answer to a refused body, by status
	 */
	RequestBodyValve(RequestBodyProperties properties, long maxUploadSize, Set<String> uploadPaths,
			IntFunction<String> answers, LongSupplier nanoTime) {
		super(true);
		this.answers = answers;
		this.properties = properties;
		this.maxUploadSize = maxUploadSize;
		this.uploadPaths = uploadPaths;
		this.bodies = new Semaphore(properties.maxConcurrent());
		this.uploads = new Semaphore(properties.maxConcurrentUploads());
		this.nanoTime = nanoTime;
		this.lastLogged = new AtomicLong(nanoTime.getAsLong() - LOG_EVERY_NANOS);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		long length = request.getContentLengthLong();
		if (length <= 0 && !isChunked(request)) {
			getNext().invoke(request, response);
			return;
		}
		boolean upload = isUpload(request);
		long limit = upload ? this.maxUploadSize : this.properties.maxSize().toBytes();
		if (length > limit) {
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"larger than " + limit + " bytes");
			return;
		}
		if (!this.bodies.tryAcquire()) {
			refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
					this.properties.maxConcurrent() + " bodies being read already");
			return;
		}
		try {
			if (upload && !this.uploads.tryAcquire()) {
				refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
						this.properties.maxConcurrentUploads() + " uploads under way already");
				return;
			}
			try {
				read(request, response, upload, limit);
			}
			finally {
				if (upload) {
					this.uploads.release();
				}
			}
		}
		finally {
			this.bodies.release();
		}
	}

	private void read(Request request, Response response, boolean upload, long limit)
			throws IOException, ServletException {
		org.apache.coyote.Request coyote = request.getCoyoteRequest();
		InputBuffer original = coyote.getInputBuffer();
		TimedBody body = new TimedBody(original, limit, this.properties.grace(), this.properties.minRate().toBytes(),
				this.nanoTime);
		coyote.setInputBuffer(body);
		try {
			if (!upload) {
				try {
					body.readAhead(coyote);
				}
				catch (IOException ex) {
					refuse(request, response, status(body.failure()), describe(body));
					return;
				}
			}
			getNext().invoke(request, response);
			finish(request, response, body);
		}
		finally {
			// Tomcat keeps its input for the connection's next request
			coyote.setInputBuffer(original);
		}
	}

	/**
	 * Reads what the application left of the body, or, when the body failed, answers for
	 * it and closes the connection.
	 */
	private void finish(Request request, Response response, TimedBody body) throws IOException {
		if (body.failure() == null && !body.isComplete() && !request.isAsync()) {
			try {
				body.drain(request.getCoyoteRequest());
			}
			catch (IOException ex) {
				// Too slow, or the client went away: the connection is closed below
			}
		}
		if (body.failure() == null && body.isComplete()) {
			return;
		}
		request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		if (body.failure() != null && !response.isCommitted()) {
			// Whatever the application began to answer (an error it sent about the failed
			// read, at most) is replaced
			response.reset();
			response.resetError();
			response.setSuspended(false);
			refuse(request, response, status(body.failure()), describe(body));
		}
	}

	/**
	 * Answers with a line of text, the security headers and no further ado: a refusal
	 * costs a flood of them next to nothing, where the site's error page would be
	 * rendered by the application for each.
	 */
	private void refuse(Request request, Response response, int status, String why) throws IOException {
		// Nothing more of this body is read: the connection is closed after the answer
		request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		dropBody(request);
		response.setStatus(status);
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		}
		SecurityConfiguration.writeHeaders(response);
		byte[] body = (this.answers.apply(status) + "\n").getBytes(StandardCharsets.UTF_8);
		response.setContentType("text/plain;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		log(request, status, why);
	}

	/**
	 * Makes the request one without a body for what follows, the error page included,
	 * which would otherwise parse it for parameters or parts, reading it from the
	 * connection after all.
	 */
	private static void dropBody(Request request) throws IOException {
		request.getCoyoteRequest().setContentType((String) null);
		try {
			// Once the stream is taken, Tomcat no longer parses the body for parameters
			request.getInputStream();
		}
		catch (IllegalStateException ex) {
			// The reader was taken instead, which has the same effect
		}
	}

	/**
	 * One line a minute at most, with the number refused since the last: an attack
	 * refused here must not also fill the log. The address is logged as sent, still
	 * encoded, so that nothing in it can break the line.
	 */
	private void log(Request request, int status, String why) {
		long count = this.refused.incrementAndGet();
		long now = this.nanoTime.getAsLong();
		long last = this.lastLogged.get();
		if (now - last >= LOG_EVERY_NANOS && this.lastLogged.compareAndSet(last, now)) {
			this.refused.addAndGet(-count);
			logger.warn("Refused the body of {} {} from {} with {} ({}); {} request bodies refused in the last minute",
					request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), status, why, count);
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Refused the body of {} {} from {} with {} ({})", request.getMethod(), request.getRequestURI(),
					request.getRemoteAddr(), status, why);
		}
	}

	private static int status(Failure failure) {
		if (failure == Failure.TOO_LARGE) {
			return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
		}
		if (failure == Failure.TOO_SLOW) {
			return HttpServletResponse.SC_REQUEST_TIMEOUT;
		}
		// The client went away while sending: nobody reads the answer
		return HttpServletResponse.SC_BAD_REQUEST;
	}

	private static String describe(TimedBody body) {
		if (body.failure() == null) {
			return "the client went away after " + body.bytesRead() + " bytes";
		}
		return (body.failure() == Failure.TOO_SLOW) ? "too slow: " + body.bytesRead() + " bytes in time"
				: "too large when read";
	}

	private boolean isUpload(Request request) {
		if (!"POST".equals(request.getMethod())) {
			return false;
		}
		String contentType = request.getContentType();
		if (contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			return false;
		}
		String path = request.getDecodedRequestURI();
		String contextPath = request.getContextPath();
		if (path == null) {
			return false;
		}
		return this.uploadPaths.contains(path.substring(Math.min(contextPath.length(), path.length())));
	}

	private static boolean isChunked(Request request) {
		String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
		return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
	}

}
