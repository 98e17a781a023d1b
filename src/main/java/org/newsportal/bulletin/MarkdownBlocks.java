package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits bulletin lines into Markdown blocks. Hand-written rather than a full Markdown
 * parser: the parser needs the source line of every block and must keep the text
 * verbatim, and only a few block types matter for it.
 */
final class MarkdownBlocks {

	/** Longest headline accepted; headlines end up in an indexed database column. */
	static final int MAX_HEADLINE = 500;

	private MarkdownBlocks() {
	}

	/**
	 * @param lines the source lines
	 * @param from index of the first line to read (after front matter)
	 */
	static List<Block> split(String[] lines, int from) {
		List<Block> blocks = new ArrayList<>();
		StringBuilder current = null;
		int currentLine = 0;
		int lastLine = 0;
		int i = from;
		while (i < lines.length) {
			String line = lines[i];
			int lineNo = i + 1;
			String fence = fenceOpening(line);
			if (fence != null && current == null) {
				// a fence keeps its blank lines and its # lines: it is code, not
				// structure
				StringBuilder code = new StringBuilder(line);
				int j = i + 1;
				while (j < lines.length) {
					code.append('\n').append(lines[j]);
					if (ChineseText.strip(lines[j]).startsWith(fence)) {
						break;
					}
					j++;
				}
				int end = Math.min(j, lines.length - 1);
				blocks.add(new Block(BlockKind.CODE, code.toString(), lineNo, end + 1, 0));
				i = end + 1;
				continue;
			}
			if (isBlank(line)) {
				if (current != null) {
					blocks.add(block(current.toString(), currentLine, lastLine));
					current = null;
				}
				i++;
				continue;
			}
			int level = headingLevel(line);
			if (level > 0) {
				if (current != null) {
					blocks.add(block(current.toString(), currentLine, lastLine));
					current = null;
				}
				String heading = (level == 1) ? headingText(line, level) : "";
				if (heading.length() > MAX_HEADLINE) {
					throw new BulletinFormatException(
							"第" + lineNo + "行：标题过长（" + heading.length() + " 字，最多 " + MAX_HEADLINE + " 字）", lineNo);
				}
				// kept as printed: deeper headings stay Markdown in the body
				blocks.add(new Block(BlockKind.HEADING, line, lineNo, lineNo, level));
				i++;
				continue;
			}
			if (current == null) {
				current = new StringBuilder(line);
				currentLine = lineNo;
			}
			else {
				current.append('\n').append(line);
			}
			lastLine = lineNo;
			i++;
		}
		if (current != null) {
			blocks.add(block(current.toString(), currentLine, lastLine));
		}
		return blocks;
	}

	private static Block block(String text, int line, int endLine) {
		return new Block(kindOf(text), text, line, endLine, 0);
	}

	static boolean isBlank(String line) {
		return BulletinDecoder.isBlank(line);
	}

	/**
	 * ATX heading level 1-6, or 0. At most three spaces of indentation, as in CommonMark.
	 */
	static int headingLevel(String line) {
		int i = 0;
		while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
			i++;
		}
		int hashes = 0;
		while (i + hashes < line.length() && line.charAt(i + hashes) == '#') {
			hashes++;
		}
		if (hashes == 0 || hashes > 6) {
			return 0;
		}
		int after = i + hashes;
		if (after < line.length() && line.charAt(after) != ' ' && line.charAt(after) != '\t') {
			return 0;
		}
		return hashes;
	}

	static String headingText(String line, int level) {
		String text = ChineseText.strip(line).substring(level);
		text = ChineseText.strip(text);
		// optional closing sequence: "# 标题 #"
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == '#') {
			end--;
		}
		if (end < text.length() && (end == 0 || text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
			text = ChineseText.strip(text.substring(0, end));
		}
		return text;
	}

	private static String fenceOpening(String line) {
		int indent = 0;
		while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
			indent++;
		}
		if (indent > 3) {
			return null;
		}
		String rest = line.substring(indent);
		if (rest.startsWith("```")) {
			return "```";
		}
		if (rest.startsWith("~~~")) {
			return "~~~";
		}
		return null;
	}

	static BlockKind kindOf(String text) {
		String first = text.lines().findFirst().orElse("");
		int indent = 0;
		while (indent < first.length() && (first.charAt(indent) == ' ' || first.charAt(indent) == '\t')) {
			indent += (first.charAt(indent) == '\t') ? 4 : 1;
			if (indent >= 4) {
				break;
			}
		}
		String rest = ChineseText.strip(first);
		if (rest.isEmpty()) {
			return BlockKind.PARAGRAPH;
		}
		// Chinese prose pasted with ASCII indentation is still prose, not code
		if (indent >= 4 && rest.charAt(0) < 0x80) {
			return BlockKind.CODE;
		}
		char c = rest.charAt(0);
		if (c == '>') {
			return BlockKind.QUOTE;
		}
		if (c == '|') {
			return BlockKind.TABLE;
		}
		if (c == '<' && rest.length() > 1
				&& (Character.isLetter(rest.charAt(1)) || "!/?".indexOf(rest.charAt(1)) >= 0)) {
			return BlockKind.HTML;
		}
		if (isRule(rest)) {
			return BlockKind.RULE;
		}
		if (isListMarker(rest)) {
			return BlockKind.LIST;
		}
		if (first.indexOf('|') >= 0
				&& text.lines().skip(1).findFirst().map(MarkdownBlocks::isTableDelimiter).orElse(false)) {
			return BlockKind.TABLE;
		}
		return BlockKind.PARAGRAPH;
	}

	private static boolean isRule(String s) {
		char c = s.charAt(0);
		if (c != '-' && c != '*' && c != '_') {
			return false;
		}
		int count = 0;
		for (int i = 0; i < s.length(); i++) {
			char x = s.charAt(i);
			if (x == c) {
				count++;
			}
			else if (x != ' ' && x != '\t') {
				return false;
			}
		}
		return count >= 3;
	}

	private static boolean isListMarker(String s) {
		char c = s.charAt(0);
		if ((c == '-' || c == '*' || c == '+') && s.length() > 1 && (s.charAt(1) == ' ' || s.charAt(1) == '\t')) {
			return true;
		}
		int i = 0;
		while (i < s.length() && i < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
			i++;
		}
		return i > 0 && i + 1 < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')
				&& (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t');
	}

	private static boolean isTableDelimiter(String line) {
		String s = ChineseText.strip(line);
		if (s.isEmpty()) {
			return false;
		}
		boolean dash = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '-') {
				dash = true;
			}
			else if (c != '|' && c != ':' && c != ' ') {
				return false;
			}
		}
		return dash;
	}

}
