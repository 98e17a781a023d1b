package org.newsportal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the editors' and the newsroom's pages tell them after an action (a flash
 * {@code notice} or {@code problem}) comes from {@code messages.properties}, like every
 * other user-facing text, and every code a controller asks for is there.
 */
class ControllerMessagesTests {

	/** A notice or problem whose statement holds Chinese text written in Java. */
	private static final Pattern WRITTEN_IN = Pattern.compile(
			"(addFlashAttribute\\(\"(notice|problem)\"|Flash\\.(notice|problem)\\(|addAttribute\\(\"problem\")[^;]*\"[^\"\\n]*\\p{IsHan}");

	/** The arguments of a {@code message(...)} call, up to the end of its statement. */
	private static final Pattern MESSAGE_CALL = Pattern.compile("\\bmessage\\(([^;]*)");

	/**
	 * A message code: dotted lower-case words; one ending in a dot is completed at run
	 * time.
	 */
	private static final Pattern CODE = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

	@Test
	void noControllerWritesItsNoticesInJava() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : controllers()) {
			Matcher matcher = WRITTEN_IN.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (matcher.find()) {
				found.add(file + ": " + matcher.group().strip());
			}
		}
		assertThat(found).as("put the text into messages.properties").isEmpty();
	}

	@Test
	void everyCodeAControllerAsksForIsInMessagesProperties() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		List<String> codes = new ArrayList<>();
		for (Path file : controllers()) {
			Matcher call = MESSAGE_CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (call.find()) {
				Matcher code = CODE.matcher(call.group(1));
				while (code.find()) {
					codes.add(code.group(1));
				}
			}
		}
		assertThat(codes).contains("account.password.changed", "held.gone", "correction.saved.moved");
		assertThat(codes).as("codes missing from messages.properties")
			.allSatisfy((code) -> assertThat(messages).containsKey(code));
	}

	@Test
	void theGuardSeesNoticesWrittenIn() {
		assertThat(WRITTEN_IN.matcher("redirect.addFlashAttribute(\"notice\", \"已取消定时发布。\");").find()).isTrue();
		assertThat(
				WRITTEN_IN.matcher("redirect.addFlashAttribute(\"problem\",\n\t\t\"未保存：\" + ex.getMessage());").find())
			.isTrue();
		assertThat(WRITTEN_IN.matcher("Flash.notice(redirect, \"已删除\" + name);").find()).isTrue();
		assertThat(WRITTEN_IN.matcher("redirect.addFlashAttribute(\"notice\", message(\"held.cancelled\"));").find())
			.isFalse();
		assertThat(WRITTEN_IN.matcher("redirect.addFlashAttribute(\"username\", \"张三\");").find()).isFalse();
	}

	private static List<Path> controllers() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter((file) -> file.getFileName().toString().endsWith("Controller.java")).toList();
		}
	}

}
