package org.newsportal.bulletin;

import java.util.List;

/**
 * Recognises the opening of a news article and the date at the start of a photo caption.
 * Written as a scanner rather than one regular expression: it reads a bounded window at
 * the start of the paragraph, so a paragraph of megabytes costs nothing.
 */
final class Datelines {

	/** Longest first: {@code 晚上} before {@code 晚}. */
	static final List<String> DAY_PARTS = List.of("上午", "下午", "中午", "晚上", "傍晚", "凌晨", "早上", "早晨", "清晨", "夜间", "深夜",
			"晚");

	private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";

	/** A bureau name between 本报 and 讯/电 ({@code 本报北京讯}) is short. */
	private static final int MAX_BUREAU = 6;

	private static final int MAX_BYLINE = 80;

	private Datelines() {
	}

	/**
	 * The dateline at the start of the paragraph, or null when it does not open with one.
	 */
	static Dateline parse(String paragraph) {
		int i = ChineseText.skipSpaces(paragraph, 0);
		if (!paragraph.startsWith("本报", i)) {
			return null;
		}
		int j = i + 2;
		int limit = Math.min(paragraph.length(), j + MAX_BUREAU + 1);
		while (j < limit && paragraph.charAt(j) != '讯' && paragraph.charAt(j) != '电') {
			if (!ChineseText.isHan(paragraph.charAt(j))) {
				return null;
			}
			j++;
		}
		if (j >= limit) {
			return null;
		}
		i = ChineseText.skipSpaces(paragraph, j + 1);
		List<Byline> bylines = List.of();
		if (i < paragraph.length() && (paragraph.charAt(i) == '（' || paragraph.charAt(i) == '(')) {
			int close = findClose(paragraph, i + 1);
			if (close < 0) {
				return null;
			}
			List<Byline> parsed = Bylines.parse(paragraph.substring(i + 1, close), 8);
			bylines = (parsed != null) ? parsed : List.of();
			i = ChineseText.skipSpaces(paragraph, close + 1);
		}
		else if (Bylines.roleAt(paragraph, i) != null || paragraph.startsWith("本报", i)) {
			// a byline printed without parentheses runs up to the date
			int end = i;
			int max = Math.min(paragraph.length(), i + MAX_BYLINE);
			while (end < max && ChineseText.digit(paragraph.charAt(end)) < 0 && paragraph.charAt(end) != '，') {
				end++;
			}
			List<Byline> parsed = Bylines.parse(paragraph.substring(i, end), 8);
			if (parsed != null) {
				bylines = parsed;
				i = ChineseText.skipSpaces(paragraph, end);
			}
		}
		DatePart date = readDate(paragraph, i);
		if (date == null) {
			return new Dateline(i, null, 0, 0, null, bylines);
		}
		return new Dateline(i, date.year, date.month, date.day, date.dayPart, bylines);
	}

	/** The date a photo caption opens with ({@code 3月10日上午，…}), or null. */
	static DatePart captionDate(String caption) {
		return readDate(caption, ChineseText.skipSpaces(caption, 0));
	}

	private static int findClose(String text, int from) {
		int max = Math.min(text.length(), from + MAX_BYLINE);
		for (int k = from; k < max; k++) {
			char c = text.charAt(k);
			if (c == '）' || c == ')') {
				return k;
			}
		}
		return -1;
	}

	/** Reads {@code [YYYY年]M月D日[上午]} at {@code at}. */
	static DatePart readDate(String text, int at) {
		int i = at;
		Integer year = null;
		int digits = countDigits(text, i);
		if (digits == 4 && i + 4 < text.length() && text.charAt(i + 4) == '年') {
			year = number(text, i, 4);
			i = i + 5;
		}
		else if (digits == 0 && i + 4 < text.length() && text.charAt(i + 4) == '年' && isChineseYear(text, i)) {
			year = chineseYear(text.substring(i, i + 4));
			i = i + 5;
		}
		int monthDigits = countDigits(text, i);
		if (monthDigits < 1 || monthDigits > 2 || i + monthDigits >= text.length()
				|| text.charAt(i + monthDigits) != '月') {
			return null;
		}
		int month = number(text, i, monthDigits);
		i += monthDigits + 1;
		int dayDigits = countDigits(text, i);
		if (dayDigits < 1 || dayDigits > 2 || i + dayDigits >= text.length()
				|| (text.charAt(i + dayDigits) != '日' && text.charAt(i + dayDigits) != '号')) {
			return null;
		}
		int day = number(text, i, dayDigits);
		i += dayDigits + 1;
		String dayPart = null;
		for (String part : DAY_PARTS) {
			if (text.startsWith(part, i)) {
				dayPart = part;
				i += part.length();
				break;
			}
		}
		return new DatePart(year, month, day, dayPart, i);
	}

	private static int countDigits(String text, int at) {
		int n = 0;
		while (at + n < text.length() && n < 5 && ChineseText.digit(text.charAt(at + n)) >= 0) {
			n++;
		}
		return n;
	}

	private static int number(String text, int at, int length) {
		int value = 0;
		for (int k = 0; k < length; k++) {
			value = value * 10 + ChineseText.digit(text.charAt(at + k));
		}
		return value;
	}

	static boolean isChineseYear(String text, int at) {
		if (at + 4 > text.length()) {
			return false;
		}
		for (int k = 0; k < 4; k++) {
			if (CHINESE_DIGITS.indexOf(text.charAt(at + k)) < 0) {
				return false;
			}
		}
		return true;
	}

	/** {@code 二〇二三} → 2023. */
	static int chineseYear(String digits) {
		int value = 0;
		for (int k = 0; k < digits.length(); k++) {
			int d = CHINESE_DIGITS.indexOf(digits.charAt(k));
			value = value * 10 + ((d <= 1) ? 0 : d - 1);
		}
		return value;
	}

	/**
	 * A date as printed.
	 *
	 * @param end index just after the date and day part
	 */
	record DatePart(Integer year, int month, int day, String dayPart, int end) {

	}

}
