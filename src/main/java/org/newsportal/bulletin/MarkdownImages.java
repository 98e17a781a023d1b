package org.newsportal.bulletin;

import java.util.regex.Pattern;

/**
 * Markdown pictures ({@code ![说明](photo-1.jpg)}) in a bulletin's text: a paragraph that
 * is only pictures is a line of its own, never half of a cut paragraph, and a caption's
 * words are read without the picture beside them.
 */
final class MarkdownImages {

	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*+\\]\\([^)\\n]*+\\)");

	private MarkdownImages() {
	}

	/** Whether the text holds pictures and nothing else. */
	static boolean isImageOnly(String text) {
		return text.contains("![") && IMAGE.matcher(text).replaceAll("").isBlank();
	}

	/** The text without its pictures. */
	static String strip(String text) {
		return text.contains("![") ? IMAGE.matcher(text).replaceAll("") : text;
	}

}
