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

	static List<Block> repair(List<Block> blocks, String itemTitle, List<Repair> repairs, List<Finding> findings,
			Vocabulary vocabulary) {
		List<Block> result = new ArrayList<>();
		Block current = null;
		for (Block block : blocks) {
			if (current != null && isCut(current, vocabulary)) {
				if (continues(block, vocabulary)) {
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
			// 县领导甲、乙出席: the last words of an item may list those present without a
			// full stop
			if (isCut(current, vocabulary) && !PresentPeople.isUnterminatedPresentLine(current.text())) {
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
	 * follows ({@code 会议要求：}) and is not a cut; nor is a line that is something of its
	 * own: a section heading, a caption, an editor's note label, a byline or furniture.
	 */
	static boolean isCut(Block block, Vocabulary vocabulary) {
		if (block.kind() != BlockKind.PARAGRAPH || ChineseText.endsSentence(block.text())) {
			return false;
		}
		String text = ChineseText.strip(block.text());
		char last = text.charAt(text.length() - 1);
		if (last == '：' || last == ':') {
			return false;
		}
		return PhotoCredits.find(block.text(), vocabulary) == null && !isLineOfItsOwn(block.text(), vocabulary);
	}

	/**
	 * Whether the block can be the second half of a cut paragraph: not an opening, a
	 * caption, a people-present line, a numbered section or a line of its own.
	 */
	static boolean continues(Block block, Vocabulary vocabulary) {
		return block.kind() == BlockKind.PARAGRAPH && Datelines.parse(block.text(), vocabulary) == null
				&& PhotoCredits.find(block.text(), vocabulary) == null && !PresentPeople.isPresentLine(block.text())
				&& !ItemLabels.startsNumbered(ChineseText.strip(block.text()))
				&& !isLineOfItsOwn(block.text(), vocabulary);
	}

	private static boolean isLineOfItsOwn(String text, Vocabulary vocabulary) {
		return isSeparator(text) || MarkdownImages.isImageOnly(text) || ItemLabels.isSectionHeading(text)
				|| ItemLabels.isCaption(text) || ItemLabels.editorsNote(text) != null || ItemLabels.genre(text) != null
				|| BylineLines.standalone(text, vocabulary) != null || PageFurniture.parse(text, 0, vocabulary) != null;
	}

	/**
	 * A line of dashes, stars or dots alone ({@code ——}, {@code ***}) separates; it holds
	 * no words to cut.
	 */
	private static boolean isSeparator(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (ChineseText.isHan(c) || Character.isLetterOrDigit(c)) {
				return false;
			}
		}
		return true;
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
