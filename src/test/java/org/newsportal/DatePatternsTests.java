package org.newsportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatePatternsTests {

	/**
	 * A date pattern written into a template or a class instead of read from messages.
	 */
	private static final Pattern WRITTEN_IN = Pattern
		.compile("#temporals\\.format\\(.*,\\s*'[^']*'\\s*\\)|DateTimeFormatter\\.ofPattern\\(\"");

	/**
	 * File names the watch folder gives a page kept twice: a machine's stamp, not a date
	 * for readers.
	 */
	private static final String WATCH_FOLDER_STAMP = "WatchFolder.java";

	@Test
	void readsThePatternsOfMessagesProperties() {
		LocalDate day = LocalDate.of(2024, 3, 12);
		assertThat(DatePatterns.SHORT.format(day)).isEqualTo("2024年3月12日");
		assertThat(DatePatterns.LONG.format(day)).isEqualTo("2024年3月12日 星期二");
	}

	@Test
	void noTemplateOrClassWritesItsOwnDatePattern() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/resources/templates"), Path.of("src/main/java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					if (file.endsWith(WATCH_FOLDER_STAMP)) {
						continue;
					}
					List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
					for (int i = 0; i < lines.size(); i++) {
						if (WRITTEN_IN.matcher(lines.get(i)).find()) {
							found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
						}
					}
				}
			}
		}
		assertThat(found).as("take date.short, date.long or date.time from messages.properties").isEmpty();
	}

	@Test
	void theGuardSeesPatternsWrittenIn() {
		assertThat(WRITTEN_IN.matcher("${#temporals.format(item.date, 'yyyy年M月d日')}").find()).isTrue();
		assertThat(WRITTEN_IN.matcher("DateTimeFormatter.ofPattern(\"yyyy年M月d日\")").find()).isTrue();
		assertThat(WRITTEN_IN.matcher("${#temporals.format(b.at.atZone(zone), 'yyyy-MM-dd HH:mm')}").find()).isTrue();
		assertThat(WRITTEN_IN.matcher("${#temporals.format(date, #messages.msg('date.short'))}").find()).isFalse();
	}

}
