package org.newsportal.bulletin;

import java.util.List;

/**
 * Bylines printed apart from the dateline: on a line of their own before the body
 * ({@code □本报记者 某某 通讯员 某某}, {@code ■ 记者 某某}, {@code 文/图 本报记者 某某}), or in parentheses
 * closing the last paragraph ({@code …活动。（本报记者 某某）}).
 */
final class BylineLines {

	/** Marks papers print before a byline line. */
	static final String MARKERS = "□■●○◆◇▲△★☆◎▶►※•·▌▍|｜-—";

	/** A byline line is short; anything longer is prose. */
	private static final int MAX_LINE = 60;

	private static final int MAX_CLOSING = 60;

	/** An outlet's name in a source note ({@code 中国青年报}) is short. */
	private static final int MAX_OUTLET = 12;

	/** A commentator's byline names the genre, not a person. */
	private static final List<String> COMMENTATORS = List.of("本报评论员", "本报特约评论员", "特约评论员", "评论员");

	private BylineLines() {
	}

	/**
	 * A byline line.
	 *
	 * @param bylines the credited people, possibly none for {@code 本报评论员}
	 * @param commentator whether it credits the paper's commentator
	 * @param agency the agency the line names before the role ({@code 新华社记者 甲}), or null
	 */
	record Line(List<Byline> bylines, boolean commentator, String agency) {

	}

	/**
	 * The byline the paragraph consists of, or null. Every word must be a role, a credit
	 * marker or a name; with no marker in front, every name must start with a known
	 * surname ({@code 记者手记} is a heading, not 记者 手记).
	 */
	static Line standalone(String paragraph, Vocabulary vocabulary) {
		String text = ChineseText.strip(paragraph);
		if (text.isEmpty() || text.length() > MAX_LINE || text.indexOf('\n') >= 0
				|| ChineseText.isSentenceEnd(text.charAt(text.length() - 1))) {
			return null;
		}
		int start = 0;
		while (start < text.length() && (MARKERS.indexOf(text.charAt(start)) >= 0
				|| ChineseText.isSpace(text.charAt(start)) || text.charAt(start) == '*' || text.charAt(start) == '_')) {
			start++;
		}
		boolean marked = start > 0 && MARKERS.indexOf(text.charAt(0)) >= 0;
		int end = text.length();
		while (end > start && (text.charAt(end - 1) == '*' || text.charAt(end - 1) == '_')) {
			end--;
		}
		String credit = ChineseText.strip(text.substring(start, end)).replace('：', ' ').replace(':', ' ');
		if (credit.isEmpty()) {
			return null;
		}
		if (COMMENTATORS.contains(credit)) {
			return new Line(List.of(), true, null);
		}
		if (!Bylines.hasRole(credit, vocabulary)) {
			return null;
		}
		List<Byline> bylines = Bylines.parse(credit, 4, !marked, vocabulary);
		if (bylines == null || bylines.isEmpty()) {
			return null;
		}
		boolean commentator = bylines.stream().allMatch((byline) -> byline.role().endsWith("评论员"));
		String agency = vocabulary.agencyAt(credit, 0);
		if (agency != null && vocabulary.roleAt(credit, agency.length()) == null) {
			agency = null;
		}
		return new Line(bylines, commentator, agency);
	}

	/**
	 * A credit in parentheses closing a paragraph: where it starts and whom it credits,
	 * or the outlet it names as the source ({@code （来源：人民日报）}).
	 */
	record Closing(int start, List<Byline> bylines, String source) {

	}

	/**
	 * The credit closing the paragraph ({@code （本报记者 某某）}, {@code （记者 某某 通讯员 某某）}), or
	 * null. It must follow the end of a sentence (or be all the paragraph holds), hold a
	 * role word and be no photo credit.
	 */
	static Closing closing(String paragraph, Vocabulary vocabulary) {
		int end = paragraph.length();
		while (end > 0 && ChineseText.isSpace(paragraph.charAt(end - 1))) {
			end--;
		}
		if (end < 4) {
			return null;
		}
		char last = paragraph.charAt(end - 1);
		if (last != '）' && last != ')') {
			return null;
		}
		int open = -1;
		for (int k = end - 2; k >= 0 && k >= end - MAX_CLOSING; k--) {
			char c = paragraph.charAt(k);
			if (c == '（' || c == '(') {
				open = k;
				break;
			}
			if (c == '）' || c == ')' || c == '\n') {
				return null;
			}
		}
		if (open < 0) {
			return null;
		}
		String before = paragraph.substring(0, open);
		if (!ChineseText.strip(before).isEmpty() && !ChineseText.endsSentence(before)) {
			return null;
		}
		String inner = ChineseText.strip(paragraph.substring(open + 1, end - 1));
		String source = sourceNote(inner, vocabulary);
		if (source != null) {
			return new Closing(open, List.of(), source);
		}
		if (inner.endsWith("摄") || inner.endsWith("摄影") || !Bylines.hasRole(inner, vocabulary)) {
			return null;
		}
		List<Byline> bylines = Bylines.parse(inner, 8, false, vocabulary);
		if (bylines == null || bylines.isEmpty()) {
			return null;
		}
		return new Closing(open, bylines, null);
	}

	/**
	 * The outlet of {@code 来源：人民日报} or {@code 据新华社}: an agency of the vocabulary or a
	 * name ending as outlets do; else null.
	 */
	private static String sourceNote(String inner, Vocabulary vocabulary) {
		String name = null;
		for (String label : List.of("稿件来源：", "稿件来源:", "来源：", "来源:", "来源 ", "据")) {
			if (inner.startsWith(label)) {
				name = ChineseText.strip(inner.substring(label.length()));
				break;
			}
		}
		if (name == null || name.isEmpty() || name.length() > MAX_OUTLET) {
			return null;
		}
		for (int i = 0; i < name.length(); i++) {
			if (!ChineseText.isHan(name.charAt(i))) {
				return null;
			}
		}
		return Bylines.isOutlet(name, vocabulary) ? name : null;
	}

}
