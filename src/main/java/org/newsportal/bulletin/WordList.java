package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words looked up by the character they start with, longest first. The
 * people finder asks "does a title word start here?" at every character of megabyte
 * paragraphs, so the lookup must not walk the whole list.
 */
final class WordList {

	private final Map<Character, List<String>> byFirst = new HashMap<>();

	private final List<String> words;

	WordList(String... words) {
		List<String> list = new ArrayList<>(new LinkedHashSet<>(List.of(words)));
		list.sort(Comparator.comparingInt(String::length).reversed());
		this.words = List.copyOf(list);
		for (String word : this.words) {
			this.byFirst.computeIfAbsent(word.charAt(0), (c) -> new ArrayList<>()).add(word);
		}
	}

	/** The longest word starting at {@code at}, or null. */
	String at(String text, int at) {
		if (at < 0 || at >= text.length()) {
			return null;
		}
		List<String> candidates = this.byFirst.get(text.charAt(at));
		if (candidates == null) {
			return null;
		}
		for (String word : candidates) {
			if (text.startsWith(word, at)) {
				return word;
			}
		}
		return null;
	}

	boolean contains(String word) {
		return this.words.contains(word);
	}

}
