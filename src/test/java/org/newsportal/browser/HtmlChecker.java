package org.newsportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The W3C Nu HTML Checker ({@code vnu.jar}) run over saved pages in one go.
 */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	/**
	 * Checks the files and returns every message, errors and warnings alike.
	 */
	public static List<Message> check(List<Path> files) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
						Tools.VNU.path().toString(), "--format", "json", "--stdout"));
		files.forEach((file) -> command.add(file.toString()));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(false)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			JsonNode messages = JsonMapper.builder().build().readTree(output).path("messages");
			List<Message> result = new ArrayList<>();
			for (JsonNode message : messages) {
				String url = message.path("url").asString("");
				result.add(new Message(message.path("type").asString(""), message.path("subType").asString(""),
						url.substring(url.lastIndexOf('/') + 1), message.path("lastLine").asInt(0),
						message.path("message").asString(""), message.path("extract").asString("")));
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One message: {@code type} is {@code error}, {@code info} (with sub-type
	 * {@code warning}) or {@code non-document-error} (the file could not be read).
	 */
	public record Message(String type, String subType, String file, int line, String text, String extract) {

		public boolean error() {
			return this.type.equals("error") || this.type.equals("non-document-error");
		}

		@Override
		public String toString() {
			return this.file + ":" + this.line + ": " + this.type + ": " + this.text + " [" + this.extract.strip()
					+ "]";
		}

	}

}
