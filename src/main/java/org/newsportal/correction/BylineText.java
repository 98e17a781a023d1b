package org.newsportal.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.newsportal.article.Credit;

/**
 * Bylines as an editor types them: one a line, the role, a space and the name
 * ({@code 记者 郭树勋}); a line of one word is a name with the role {@code 记者}.
 */
final class BylineText {

	static final String DEFAULT_ROLE = "记者";

	private BylineText() {
	}

	static String format(List<Credit> credits) {
		return credits.stream().map((credit) -> credit.role() + " " + credit.name()).collect(Collectors.joining("\n"));
	}

	static List<Credit> parse(String text) {
		List<Credit> credits = new ArrayList<>();
		if (text == null) {
			return credits;
		}
		for (String line : text.split("\\R")) {
			String[] words = line.strip().split("[\\s\u3000]+", 2);
			if (words[0].isEmpty()) {
				continue;
			}
			credits
				.add((words.length == 1) ? new Credit(words[0], DEFAULT_ROLE) : new Credit(words[1].strip(), words[0]));
		}
		return credits;
	}

}
