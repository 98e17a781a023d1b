package org.newsportal.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsportal.security.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow and oversized request bodies against the real server, from a loopback client that
 * is bounded in connections and time: every socket has a timeout, every wait a limit. The
 * grace is shortened to keep the test short; the threads are Tomcat's default 200.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.import-seeds=false", "portal.request-body.grace=3s" })
@ExtendWith(OutputCaptureExtension.class)
// Every wait below is bounded; this bounds what a regression could leave unbounded
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RequestBodyLimitsTests {

	private static final int SLOW_CLIENTS = 260;

	private static final Duration ATTACK = Duration.ofSeconds(12);

	/**
	 * Far above a front page's time even on a busy machine; a starved server never
	 * answers.
	 */
	private static final Duration READER_TIMEOUT = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@Autowired
	private SecurityProperties security;

	private final AtomicInteger frontPageRequests = new AtomicInteger();

	@Test
	void readersAreServedWhileHundredsOfClientsSendBodiesOneByteASecond() throws Exception {
		// The first rendering compiles the templates: not what is measured here
		assertThat(readFrontPage(Duration.ZERO)).isEmpty();
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			SlowClients slow = new SlowClients(this.port, SLOW_CLIENTS);
			Future<?> attack = executor.submit(() -> {
				slow.run(ATTACK);
				return null;
			});
			// Let the slow clients take what they can first
			Thread.sleep(1500);
			Future<List<String>> readers = executor.submit(() -> readFrontPage(ATTACK.minusSeconds(3)));
			List<String> failures = readers.get(ATTACK.toSeconds() + 20, TimeUnit.SECONDS);
			attack.get(ATTACK.toSeconds() + 20, TimeUnit.SECONDS);
			assertThat(failures).as("front page requests that failed during the attack").isEmpty();
			// How many depends on the machine's load; a starved server answers none
			assertThat(this.frontPageRequests).as("front page requests answered").hasValueGreaterThan(1);
			assertThat(slow.answers).as("answers to the slow bodies").containsKey(413);
			assertThat(slow.answers.keySet()).as("answers to the slow bodies").containsAnyOf(408, 503);
			assertThat(slow.answers.keySet()).as("answers to the slow bodies").allMatch((status) -> status >= 400);
		}
		finally {
			executor.shutdownNow();
			assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void aBodyThatArrivesTooSlowlyIsAnswered408WithinTheGraceAndTheConnectionClosed() throws IOException {
		try (Socket socket = connect()) {
			socket.getOutputStream()
				.write(head("POST", "/admin/login", 1000, "Accept: text/html\r\n").getBytes(StandardCharsets.US_ASCII));
			long started = System.nanoTime();
			String answer = null;
			for (int i = 0; i < 40 && answer == null; i++) {
				socket.getOutputStream().write('a');
				sleep(250);
				answer = availableAnswer(socket);
			}
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(answer).as("an answer within ten seconds").isNotNull();
			assertThat(answer).startsWith("HTTP/1.1 408").contains("Connection: close");
			assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(9));
			assertThat(answer).contains("请求发送得太慢");
			assertSecurityHeaders(answer);
		}
	}

	@Test
	void anUploadThatArrivesTooSlowlyIsAnswered408WithoutAServerError(CapturedOutput output) throws IOException {
		String credentials = Base64.getEncoder()
			.encodeToString(("editor:" + this.security.getUser().getPassword()).getBytes(StandardCharsets.UTF_8));
		try (Socket socket = connect()) {
			socket.getOutputStream()
				.write(("POST /api/admin/bulletins HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
						+ "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n"
						+ "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.md\"\r\n\r\n# 标题\n")
					.getBytes(StandardCharsets.UTF_8));
			String answer = null;
			for (int i = 0; i < 40 && answer == null; i++) {
				socket.getOutputStream().write('a');
				sleep(250);
				answer = availableAnswer(socket);
			}
			assertThat(answer).as("an answer within ten seconds").isNotNull();
			assertThat(answer).startsWith("HTTP/1.1 408").contains("请求发送得太慢");
		}
		assertThat(output.getAll()).doesNotContain("Servlet.service()").doesNotContain(" ERROR ");
	}

	@Test
	void aBodyLargerThanTheFormLimitIsRefusedAtOnceWithoutReadingIt() throws IOException {
		try (Socket socket = connect()) {
			socket.getOutputStream()
				.write(head("POST", "/admin/login", 100_000, "").getBytes(StandardCharsets.US_ASCII));
			String answer = readAnswer(socket);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("Connection: close");
			assertSecurityHeaders(answer);
		}
		try (Socket socket = connect()) {
			socket.getOutputStream().write(head("POST", "/search", 20_000, "").getBytes(StandardCharsets.US_ASCII));
			assertThat(readAnswer(socket)).startsWith("HTTP/1.1 413");
		}
	}

	@Test
	void aChunkedBodyIsRefusedWhenItGrowsPastTheLimit() throws IOException {
		try (Socket socket = connect()) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /admin/login HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = ("1000\r\n" + "a".repeat(0x1000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			String answer = null;
			for (int i = 0; i < 8 && answer == null; i++) {
				try {
					out.write(chunk);
				}
				catch (IOException ex) {
					break;
				}
				answer = availableAnswer(socket);
			}
			if (answer == null) {
				answer = readAnswer(socket);
			}
			assertThat(answer).startsWith("HTTP/1.1 413");
		}
	}

	@Test
	void anUploadMayBeLargerThanAFormButNotThanTheUploadLimit() throws IOException {
		// 100MB is spring.servlet.multipart.max-request-size
		try (Socket socket = connect()) {
			socket.getOutputStream()
				.write(("POST /api/admin/bulletins HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 200000000\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			assertThat(readAnswer(socket)).startsWith("HTTP/1.1 413");
		}
		try (Socket socket = connect()) {
			// Within the upload limit: read, and refused for want of credentials
			byte[] body = ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.md\"\r\n\r\n"
					+ "# 标题\n".repeat(10_000) + "\r\n--x--\r\n")
				.getBytes(StandardCharsets.UTF_8);
			socket.getOutputStream()
				.write(("POST /api/admin/bulletins HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + body.length
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().write(body);
			assertThat(readAnswer(socket)).startsWith("HTTP/1.1 401");
		}
	}

	private List<String> readFrontPage(Duration during) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(READER_TIMEOUT).build();
		List<String> failures = new ArrayList<>();
		long end = System.nanoTime() + during.toNanos();
		int requests = 0;
		do {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.timeout(READER_TIMEOUT)
				.build();
			try {
				int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
				if (status != 200) {
					failures.add("status " + status);
				}
			}
			catch (IOException ex) {
				failures.add(ex.toString());
			}
			requests++;
			Thread.sleep(500);
		}
		while (System.nanoTime() < end);
		this.frontPageRequests.set(requests);
		return failures;
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("localhost", this.port), 5000);
		socket.setSoTimeout(10_000);
		return socket;
	}

	private static String head(String method, String path, long contentLength, String extra) {
		return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + contentLength + "\r\n" + extra
				+ "\r\n";
	}

	private static String availableAnswer(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		if (in.available() == 0) {
			return null;
		}
		return readAnswer(socket);
	}

	/**
	 * The answer's head and as much of its body as came with it.
	 */
	private static String readAnswer(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[16384];
		StringBuilder answer = new StringBuilder();
		int n;
		try {
			while ((n = in.read(buffer)) > 0) {
				answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
				if (answer.indexOf("\r\n\r\n") >= 0 && in.available() == 0) {
					break;
				}
			}
		}
		catch (IOException ex) {
			// A reset after the answer: what came is what counts
		}
		return answer.toString();
	}

	private static void assertSecurityHeaders(String answer) {
		assertThat(answer).contains("Content-Security-Policy: " + SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.contains("X-Content-Type-Options: nosniff")
			.contains("Cache-Control: no-store");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Keeps {@code count} connections sending a body one byte a second, half of them
	 * announcing more than the form limit, half less; a connection the server answers or
	 * closes is opened again at once, as an attacker would.
	 */
	private static final class SlowClients {

		private final int port;

		private final Socket[] sockets;

		final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();

		SlowClients(int port, int count) {
			this.port = port;
			this.sockets = new Socket[count];
		}

		void run(Duration during) {
			long end = System.nanoTime() + during.toNanos();
			try {
				while (System.nanoTime() < end) {
					for (int i = 0; i < this.sockets.length && System.nanoTime() < end; i++) {
						keepSending(i);
					}
					sleep(1000);
				}
			}
			finally {
				for (Socket socket : this.sockets) {
					close(socket);
				}
			}
		}

		private void keepSending(int i) {
			Socket socket = this.sockets[i];
			try {
				if (socket != null) {
					if (socket.getInputStream().available() > 0) {
						record(readAnswer(socket));
						close(socket);
						socket = null;
					}
					else {
						socket.getOutputStream().write('a');
						return;
					}
				}
				socket = new Socket();
				this.sockets[i] = socket;
				socket.connect(new InetSocketAddress("localhost", this.port), 2000);
				socket.setSoTimeout(2000);
				String path = (i % 2 == 0) ? "/admin/login" : "/search";
				long length = (i % 2 == 0) ? 100_000 : 8_000;
				socket.getOutputStream().write(head("POST", path, length, "").getBytes(StandardCharsets.US_ASCII));
			}
			catch (IOException ex) {
				close(this.sockets[i]);
				this.sockets[i] = null;
			}
		}

		private void record(String answer) {
			if (answer.startsWith("HTTP/1.1 ")) {
				int status = Integer.parseInt(answer.substring(9, 12));
				this.answers.computeIfAbsent(status, (key) -> new AtomicInteger()).incrementAndGet();
			}
		}

		private static void close(Socket socket) {
			if (socket != null) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// Gone already
				}
			}
		}

	}

}
