package org.newsportal.bulletin;

/**
 * Character classes shared by the readers. Chinese text is indented with full-width
 * spaces and mixes full-width and ASCII punctuation, so {@link String#strip()} and
 * {@link Character#isLetter} are not enough.
 */
final class ChineseText {

	private ChineseText() {
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\n' || c == '\f';
	}

	static boolean isHan(char c) {
		return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
	}

	static boolean isAsciiAlnum(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/** Digit value of an ASCII or full-width digit, else -1. */
	static int digit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= '０' && c <= '９') {
			return c - '０';
		}
		return -1;
	}

	static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && isSpace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** The first {@code max} characters, for findings and repairs. */
	static String head(String text, int max) {
		String s = strip(text);
		return (s.length() <= max) ? s : s.substring(0, max);
	}

	/** The last {@code max} characters, for findings and repairs. */
	static String tail(String text, int max) {
		String s = strip(text);
		return (s.length() <= max) ? s : s.substring(s.length() - max);
	}

	/**
	 * Text up to and including the first sentence end; the whole text when there is none.
	 * Capped, because a summary goes into a database column and a stress test feeds
	 * paragraphs of megabytes.
	 */
	static String firstSentence(String text, int max) {
		String s = strip(text);
		int limit = Math.min(s.length(), max);
		for (int i = 0; i < limit; i++) {
			char c = s.charAt(i);
			if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
				int end = i + 1;
				// keep a closing quote that belongs to the sentence
				while (end < s.length() && end < max && isClosing(s.charAt(end))) {
					end++;
				}
				return s.substring(0, end);
			}
			if (c == '\n') {
				return strip(s.substring(0, i));
			}
		}
		return (s.length() <= max) ? s : s.substring(0, max) + "…";
	}

	static boolean isClosing(char c) {
		return c == '”' || c == '」' || c == '』' || c == '）' || c == ')' || c == '’' || c == '"' || c == '》';
	}

	static boolean isSentenceEnd(char c) {
		return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '；';
	}

	/** True when the text, ignoring trailing spaces, ends a sentence. */
	static boolean endsSentence(String text) {
		int i = text.length() - 1;
		while (i >= 0 && isSpace(text.charAt(i))) {
			i--;
		}
		if (i < 0) {
			return true;
		}
		char last = text.charAt(i);
		if (isSentenceEnd(last)) {
			return true;
		}
		if (isClosing(last) && last != '》') {
			return i > 0 && isSentenceEnd(text.charAt(i - 1));
		}
		return false;
	}

}
