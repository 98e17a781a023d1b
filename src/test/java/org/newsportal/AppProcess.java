package org.newsportal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.fail;

/**
 * The application in a JVM of its own, for the tests where the heap limit, the launch
 * options or a second process are what is being tested.
 */
public final class AppProcess implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Process process;

	private final Path log;

	private AppProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * The site from the test class path with {@code -Xmx256m} on the given port, its H2
	 * file database in {@code dir/data}, importing the given seeds folder; its log in
	 * {@code dir/site.log}.
	 */
	public static AppProcess seeded(Path dir, Path seeds, int port) throws IOException {
		Path data = dir.resolve("data");
		return fromClasspath(dir.resolve("site.log"), "--server.port=" + port, "--portal.data-dir=" + data,
				"--portal.seeds-dir=" + seeds, "--spring.datasource.url=jdbc:h2:file:"
						+ data.resolve("portal").toAbsolutePath() + ";AUTO_SERVER=TRUE");
	}

	/**
	 * Runs the application's main class from the test class path with {@code -Xmx256m}.
	 */
	public static AppProcess fromClasspath(Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of("-cp", System.getProperty("java.class.path"), NewsPortalApplication.class.getName()));
		command.addAll(List.of(args));
		return start(log, List.of(), command);
	}

	/**
	 * Runs a jar with {@code -Xmx256m} and the given JVM options.
	 */
	public static AppProcess fromJar(Path jar, Path log, List<String> jvmOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of("-jar", jar.toString()));
		command.addAll(List.of(args));
		return start(log, jvmOptions, command);
	}

	private static AppProcess start(Path log, List<String> jvmOptions, List<String> rest) throws IOException {
		// A heap that runs out leaves its dump where a failed build keeps it, to see what
		// held it
		Path dumps = Files.createDirectories(Path.of("target", "heap-dumps"));
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:+HeapDumpOnOutOfMemoryError",
				"-XX:HeapDumpPath=" + dumps.toAbsolutePath(), "-Dfile.encoding=UTF-8"));
		command.addAll(jvmOptions);
		command.addAll(rest);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new AppProcess(process, log);
	}

	public Process process() {
		return this.process;
	}

	public String log() throws IOException {
		return Files.readString(this.log, StandardCharsets.UTF_8);
	}

	/**
	 * Waits until the URL answers 200, failing with the log when the process stops or the
	 * time is up.
	 */
	public void awaitPage(String url, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				fail("The application stopped:%n%s", log());
			}
			try {
				if (get(url).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		fail("No answer from %s within %s:%n%s", url, timeout, log());
	}

	/**
	 * Waits until the URL's body has a match for the pattern (the seed is imported after
	 * the first page is served) and returns its first group.
	 */
	public String awaitMatch(String url, Pattern pattern, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				Matcher matcher = pattern.matcher(get(url).body());
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			catch (IOException ex) {
				// stopped (told below with its log), or too busy to answer in time
			}
			if (!this.process.isAlive()) {
				fail("The application stopped:%n%s", log());
			}
			Thread.sleep(250);
		}
		return fail("Nothing like %s from %s within %s:%n%s", pattern, url, timeout, log());
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
