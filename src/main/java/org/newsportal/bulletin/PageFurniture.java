package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines naming who made the page: {@code 本版编辑：王五　美编：赵六　校对：孙七}, {@code 责任编辑 李四},
 * {@code 【版式设计：周八】}. They belong to the page, not to an item, wherever on the page they
 * are printed.
 */
final class PageFurniture {

	/** A furniture line is short; anything longer is prose. */
	private static final int MAX_LINE = 80;

	private static final String BRACKETS_OPEN = "【[（(〔";

	private static final String BRACKETS_CLOSE = "】]）)〕";

	private PageFurniture() {
	}

	/**
	 * The staff a block of furniture lines credits, or null when any of its lines is
	 * something else. Every word must be a staff role or a name; a name must follow a
	 * role, and without a colon after the role it must start with a known surname
	 * ({@code 美编小组} is no credit).
	 * @param line the block's first line in the source
	 */
	static List<PageStaff> parse(String block, int line, Vocabulary vocabulary) {
		List<PageStaff> staff = new ArrayList<>();
		String[] lines = block.split("\n", -1);
		for (int k = 0; k < lines.length; k++) {
			List<PageStaff> found = parseLine(lines[k], line + k, vocabulary);
			if (found == null) {
				return null;
			}
			staff.addAll(found);
		}
		return staff.isEmpty() ? null : staff;
	}

	/** One line: null when it is not furniture, empty when blank. */
	static List<PageStaff> parseLine(String raw, int line, Vocabulary vocabulary) {
		String text = ChineseText.strip(raw);
		if (text.isEmpty()) {
			return List.of();
		}
		if (text.length() > MAX_LINE) {
			return null;
		}
		List<PageStaff> staff = new ArrayList<>();
		String role = null;
		boolean colon = false;
		boolean roleHasName = true;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (isSeparator(c) || BylineLines.MARKERS.indexOf(c) >= 0 || BRACKETS_OPEN.indexOf(c) >= 0
					|| BRACKETS_CLOSE.indexOf(c) >= 0 || c == '*' || c == '_') {
				i++;
				continue;
			}
			String r = vocabulary.staffRoleAt(text, i);
			if (r != null) {
				if (!roleHasName) {
					return null;
				}
				role = r;
				roleHasName = false;
				i += r.length();
				colon = i < text.length() && (text.charAt(i) == '：' || text.charAt(i) == ':');
				if (colon) {
					i++;
				}
				continue;
			}
			if (role == null) {
				return null;
			}
			int start = i;
			while (i < text.length() && !isSeparator(text.charAt(i)) && BRACKETS_CLOSE.indexOf(text.charAt(i)) < 0
					&& vocabulary.staffRoleAt(text, i) == null) {
				i++;
			}
			String name = text.substring(start, i);
			if (!Bylines.isPlausibleName(name, 4) || (!colon && !Surnames.startsWithSurname(name, 0))) {
				return null;
			}
			staff.add(new PageStaff(name, role, line));
			roleHasName = true;
		}
		return (roleHasName && !staff.isEmpty()) ? staff : null;
	}

	private static boolean isSeparator(char c) {
		return ChineseText.isSpace(c) || c == '、' || c == '，' || c == ',' || c == '；' || c == ';' || c == '/'
				|| c == '／' || c == '|' || c == '｜';
	}

}
