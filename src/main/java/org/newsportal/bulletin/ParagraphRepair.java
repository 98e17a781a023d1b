package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins paragraphs that the page layout cut in two ({@code …成果转} / {@code 化、人才引育…}).
 * Every join is reported as a {@link Repair}; a paragraph that ends mid-sentence but
 * cannot be joined is reported as a {@link Finding} and left as it is.
 */
final class ParagraphRepair {

	private static final int EXCERPT = 6;

	private ParagraphRepair() {
	}

	static List<Block> repair(List<Block> blocks, String itemTitle, List<Repair> repairs, List<Finding> findings) {
		List<Block> result = new ArrayList<>();
		Block current = null;
		for (Block block : blocks) {
			if (current != null && isCut(current)) {
				if (continues(block)) {
					repairs.add(new Repair(block.line(), itemTitle, ChineseText.tail(current.text(), EXCERPT),
							ChineseText.head(block.text(), EXCERPT)));
					current = new Block(BlockKind.PARAGRAPH, join(current.text(), block.text()), current.line(),
							block.endLine(), 0);
					continue;
				}
				findings.add(unfinished(current));
			}
			if (current != null) {
				result.add(current);
			}
			current = block;
		}
		if (current != null) {
			if (isCut(current)) {
				findings.add(unfinished(current));
			}
			result.add(current);
		}
		return result;
	}

	private static Finding unfinished(Block block) {
		return new Finding(block.endLine(),
				"第" + block.endLine() + "行：段落似乎在句中结束「…" + ChineseText.tail(block.text(), EXCERPT) + "」");
	}

	/**
	 * A prose paragraph that does not end a sentence. A trailing colon introduces what
	 * follows ({@code 会议要求：}) and is not a cut.
	 */
	static boolean isCut(Block block) {
		if (block.kind() != BlockKind.PARAGRAPH || ChineseText.endsSentence(block.text())) {
			return false;
		}
		String text = ChineseText.strip(block.text());
		char last = text.charAt(text.length() - 1);
		if (last == '：' || last == ':') {
			return false;
		}
		return PhotoCredits.find(block.text()) == null;
	}

	/** Whether the block can be the second half of a cut paragraph. */
	static boolean continues(Block block) {
		return block.kind() == BlockKind.PARAGRAPH && Datelines.parse(block.text()) == null
				&& PhotoCredits.find(block.text()) == null && !PresentPeople.isPresentLine(block.text());
	}

	/** CJK joins without a space; two ASCII words get one. */
	static String join(String first, String second) {
		String a = stripEnd(first);
		String b = stripStart(second);
		if (a.isEmpty() || b.isEmpty()) {
			return a + b;
		}
		char last = a.charAt(a.length() - 1);
		char next = b.charAt(0);
		boolean asciiBefore = ChineseText.isAsciiAlnum(last) || last == ',' || last == ';' || last == ':';
		return (asciiBefore && ChineseText.isAsciiAlnum(next)) ? a + " " + b : a + b;
	}

	private static String stripEnd(String text) {
		int end = text.length();
		while (end > 0 && ChineseText.isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	private static String stripStart(String text) {
		return text.substring(ChineseText.skipSpaces(text, 0));
	}

}
