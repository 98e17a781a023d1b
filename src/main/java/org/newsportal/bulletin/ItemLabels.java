package org.newsportal.bulletin;

import java.util.List;

/**
 * The lines of an item that are neither its headline nor its prose, and must neither be
 * read as its lead nor joined to a paragraph: the genre label of a commentary
 * ({@code 短评}, {@code 【评论员文章】}), an editor's note ({@code 编者按：…}), a photo caption
 * ({@code 图为…}), a subtitle printed as a dash line ({@code ——记…}) and a numbered section
 * heading ({@code 一、坚持问题导向}).
 */
final class ItemLabels {

	/** Genre labels; longest first. */
	static final List<String> GENRES = List.of("本报评论员文章", "评论员文章", "编辑部文章", "今日谈", "短评", "时评", "快评", "微评", "述评", "社论",
			"评论");

	private static final List<String> NOTES = List.of("编者按", "编者的话", "编后语", "编后");

	private static final List<String> CAPTIONS = List.of("图为", "上图：", "下图：", "左图：", "右图：", "上图:", "下图:", "图：", "图:");

	private static final String OPEN = "【[〔「";

	private static final String CLOSE = "】]〕」";

	private static final String NUMERALS = "一二三四五六七八九十";

	/** A section heading is short. */
	private static final int MAX_HEADING = 40;

	/** A dash subtitle is short. */
	private static final int MAX_DASH_SUBTITLE = 80;

	private ItemLabels() {
	}

	/** The genre a line consisting only of a label names ({@code 短评}), or null. */
	static String genre(String text) {
		String label = unwrap(ChineseText.strip(text));
		if ("本报评论员".equals(label)) {
			return "评论员文章";
		}
		return GENRES.contains(label) ? label : null;
	}

	/** The genre a headline opens with ({@code 【短评】…}, {@code 短评：…}), or null. */
	static String headlineGenre(String headline) {
		String text = ChineseText.strip(headline);
		boolean bracketed = !text.isEmpty() && OPEN.indexOf(text.charAt(0)) >= 0;
		int at = bracketed ? 1 : 0;
		for (String genre : GENRES) {
			if (text.startsWith(genre, at)) {
				int after = at + genre.length();
				if (after < text.length() && (bracketed ? CLOSE.indexOf(text.charAt(after)) >= 0
						: "：:丨|｜".indexOf(text.charAt(after)) >= 0)) {
					return genre;
				}
			}
		}
		return null;
	}

	/**
	 * The text of an editor's note ({@code 编者按：…}, {@code 【编者按】…}) without its label;
	 * empty when the label stands alone; null when the paragraph is no note.
	 */
	static String editorsNote(String paragraph) {
		String text = ChineseText.strip(paragraph);
		int at = 0;
		while (at < text.length() && (OPEN.indexOf(text.charAt(at)) >= 0
				|| BylineLines.MARKERS.indexOf(text.charAt(at)) >= 0 || text.charAt(at) == '*')) {
			at++;
		}
		for (String note : NOTES) {
			if (text.startsWith(note, at)) {
				int i = at + note.length();
				while (i < text.length() && (CLOSE.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '*'
						|| text.charAt(i) == '：' || text.charAt(i) == ':' || ChineseText.isSpace(text.charAt(i)))) {
					i++;
				}
				// 编后 must be a label, not the start of a word such as 编后语 read short
				if (i == at + note.length()) {
					return null;
				}
				// empty for a label on a line of its own: the note is the next paragraph
				return ChineseText.strip(text.substring(i));
			}
		}
		return null;
	}

	/** True when the paragraph is a photo caption ({@code 图为…}, {@code 上图：…}). */
	static boolean isCaption(String paragraph) {
		String text = ChineseText.strip(paragraph);
		int at = 0;
		while (at < text.length() && (OPEN.indexOf(text.charAt(at)) >= 0 || text.charAt(at) == '（'
				|| text.charAt(at) == '(' || BylineLines.MARKERS.indexOf(text.charAt(at)) >= 0)) {
			at++;
		}
		for (String caption : CAPTIONS) {
			if (text.startsWith(caption, at) && text.length() > at + caption.length() + 1) {
				return true;
			}
		}
		return false;
	}

	/** The subtitle of a line such as {@code ——记扎根乡村的女教师}, or null. */
	static String dashSubtitle(String paragraph) {
		String text = ChineseText.strip(paragraph);
		if (text.indexOf('\n') >= 0 || text.length() > MAX_DASH_SUBTITLE) {
			return null;
		}
		if (!text.startsWith("——") && !text.startsWith("--") && !text.startsWith("──")) {
			return null;
		}
		int at = 0;
		while (at < text.length() && "—-─ ".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String rest = ChineseText.strip(text.substring(at));
		return rest.isEmpty() ? null : rest;
	}

	/**
	 * True when the paragraph is a numbered section heading ({@code 一、坚持问题导向},
	 * {@code （二）强化督导}) or a bold line ({@code **加强督导**}): one short line that ends no
	 * sentence, never half of a paragraph cut by the layout.
	 */
	static boolean isSectionHeading(String paragraph) {
		String text = ChineseText.strip(paragraph);
		if (text.isEmpty() || text.indexOf('\n') >= 0 || text.length() > MAX_HEADING) {
			return false;
		}
		if (text.length() > 4 && text.startsWith("**") && text.endsWith("**")) {
			return true;
		}
		return startsNumbered(text);
	}

	/** {@code 一、}, {@code 十二、}, {@code （三）} or {@code (三)} at the start. */
	static boolean startsNumbered(String text) {
		int i = 0;
		boolean parenthesised = i < text.length() && (text.charAt(i) == '（' || text.charAt(i) == '(');
		if (parenthesised) {
			i++;
		}
		int start = i;
		while (i < text.length() && i - start < 3 && NUMERALS.indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		if (i == start || i >= text.length()) {
			return false;
		}
		char c = text.charAt(i);
		return parenthesised ? (c == '）' || c == ')') : c == '、';
	}

	private static String unwrap(String text) {
		int start = 0;
		int end = text.length();
		while (start < end
				&& (OPEN.indexOf(text.charAt(start)) >= 0 || BylineLines.MARKERS.indexOf(text.charAt(start)) >= 0
						|| text.charAt(start) == '*' || ChineseText.isSpace(text.charAt(start)))) {
			start++;
		}
		while (end > start && (CLOSE.indexOf(text.charAt(end - 1)) >= 0 || text.charAt(end - 1) == '*'
				|| ChineseText.isSpace(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(start, end);
	}

}
