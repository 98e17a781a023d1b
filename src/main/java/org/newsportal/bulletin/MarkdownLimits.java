package org.newsportal.bulletin;

/**
 * Refuses Markdown nested deeper than any newspaper page needs. The Markdown renderer
 * recurses once per level of nesting, so a page nested thousands of levels deep would
 * exhaust the stack, or take minutes for deep lists, instead of being refused at once.
 */
final class MarkdownLimits {

	/** Levels of {@code >} a line may open; real pages use one or two. */
	static final int MAX_QUOTE_DEPTH = 100;

	/**
	 * Columns of leading white space, which is how lists nest (two to four per level).
	 */
	static final int MAX_INDENT = 400;

	/** A run of one emphasis character ({@code *} or {@code _}). */
	static final int MAX_DELIMITER_RUN = 500;

	private MarkdownLimits() {
	}

	static void check(String text) {
		int line = 1;
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			checkLine(text, start, end, line);
			start = end + 1;
			line++;
		}
	}

	private static void checkLine(String text, int start, int end, int line) {
		int indent = 0;
		int quotes = 0;
		int i = start;
		for (; i < end; i++) {
			char c = text.charAt(i);
			if (c == '>') {
				quotes++;
			}
			else if (c == ' ') {
				indent++;
			}
			else if (c == '\t') {
				indent += 4;
			}
			else {
				break;
			}
		}
		if (quotes > MAX_QUOTE_DEPTH) {
			throw new BulletinFormatException("Markdown 引用嵌套过深（" + quotes + " 层，最多 " + MAX_QUOTE_DEPTH + " 层）", line);
		}
		if (indent > MAX_INDENT) {
			throw new BulletinFormatException("行首缩进过深（" + indent + " 列，最多 " + MAX_INDENT + " 列），列表嵌套层次过多", line);
		}
		int run = 0;
		char previous = 0;
		for (; i < end; i++) {
			char c = text.charAt(i);
			run = (c == previous) ? run + 1 : 1;
			previous = c;
			if ((c == '*' || c == '_') && run > MAX_DELIMITER_RUN) {
				throw new BulletinFormatException("连续的「" + c + "」过多（超过 " + MAX_DELIMITER_RUN + " 个），无法排版", line);
			}
		}
	}

}
