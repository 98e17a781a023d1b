package org.newsportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Controllers answer "not found" one way, by {@link NotFoundException}; what each page
 * and the API then show is tested with each controller.
 */
class NotFoundTests {

	private static final Pattern OTHER_WAYS = Pattern
		.compile("ResponseStatusException\\(\\s*HttpStatus\\.NOT_FOUND|ResponseEntity\\.notFound\\(\\)");

	@Test
	void noControllerAnswersNotFoundAnotherWay() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				if (OTHER_WAYS.matcher(source).find()) {
					found.add(file.toString());
				}
			}
		}
		assertThat(found).as("throw NotFoundException instead").isEmpty();
	}

	@Test
	void theGuardSeesTheOtherWays() {
		assertThat(OTHER_WAYS.matcher("new ResponseStatusException(HttpStatus.NOT_FOUND)").find()).isTrue();
		assertThat(OTHER_WAYS.matcher("return ResponseEntity.notFound().build();").find()).isTrue();
		assertThat(OTHER_WAYS.matcher("throw new NotFoundException(\"No article\");").find()).isFalse();
	}

}
