package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the photo credit that ends a caption: {@code …同比增长24%。本报记者 付凯明 见习记者 马雅宁 摄},
 * {@code （记者 张三 摄）}, {@code 本报记者 张三 摄影}, {@code 图/张三} or {@code （图/张三）}. Only the tail of
 * the paragraph is read.
 */
final class PhotoCredits {

	/** A credit is short; anything longer is prose that happens to end in 摄. */
	private static final int MAX_CREDIT = 60;

	private static final List<String> SUFFIXES = List.of("摄影", "摄");

	private static final List<String> PREFIXES = List.of("图/", "图／", "摄影/", "摄影／", "摄影：", "摄影:");

	private PhotoCredits() {
	}

	/**
	 * @param captionEnd index in the paragraph where the credit starts (the caption is
	 * everything before it)
	 * @param printed the credit as printed
	 * @param photographers the credited people, with role {@link Byline#PHOTOGRAPHER}
	 */
	record Credit(int captionEnd, String printed, List<Byline> photographers) {

	}

	/** The credit ending the paragraph, or null when it does not end with one. */
	static Credit find(String paragraph, Vocabulary vocabulary) {
		int end = paragraph.length();
		while (end > 0 && ChineseText.isSpace(paragraph.charAt(end - 1))) {
			end--;
		}
		if (end < 2) {
			return null;
		}
		char last = paragraph.charAt(end - 1);
		boolean wrapped = last == '）' || last == ')';
		int creditStart;
		int innerStart;
		int innerEnd;
		if (wrapped) {
			int open = -1;
			for (int k = end - 2; k >= 0 && k >= end - MAX_CREDIT; k--) {
				char c = paragraph.charAt(k);
				if (c == '（' || c == '(') {
					open = k;
					break;
				}
			}
			if (open < 0) {
				return null;
			}
			creditStart = open;
			innerStart = open + 1;
			innerEnd = end - 1;
		}
		else {
			creditStart = -1;
			for (int k = end - 1; k >= 0 && k >= end - MAX_CREDIT; k--) {
				char c = paragraph.charAt(k);
				if (ChineseText.isSentenceEnd(c) || ChineseText.isClosing(c) || c == '\n') {
					creditStart = k + 1;
					break;
				}
			}
			if (creditStart < 0) {
				return null;
			}
			creditStart = ChineseText.skipSpaces(paragraph, creditStart);
			innerStart = creditStart;
			innerEnd = end;
		}
		String inner = ChineseText.strip(paragraph.substring(innerStart, innerEnd));
		String names = names(inner);
		if (names == null) {
			return null;
		}
		boolean marked = !inner.endsWith("摄") && !inner.endsWith("摄影");
		boolean spaced = !marked && !names.isEmpty() && ChineseText.isSpace(names.charAt(names.length() - 1));
		List<Byline> parsed = Bylines.parse(names, 4, false, vocabulary);
		if (parsed == null || parsed.isEmpty()) {
			return null;
		}
		boolean hasRole = marked;
		List<Byline> photographers = new ArrayList<>();
		for (Byline byline : parsed) {
			hasRole |= !Byline.AUTHOR.equals(byline.role());
			Byline photographer = new Byline(byline.name(), Byline.PHOTOGRAPHER);
			if (!photographers.contains(photographer)) {
				photographers.add(photographer);
			}
		}
		// without a role, only "张三 摄" or "（张三摄）" with a real surname is a credit
		if (!hasRole) {
			if (!wrapped && !spaced) {
				return null;
			}
			for (Byline byline : parsed) {
				if (!Surnames.startsWithSurname(byline.name(), 0)) {
					return null;
				}
			}
		}
		String caption = ChineseText.strip(paragraph.substring(0, creditStart));
		if (caption.isEmpty()) {
			return null;
		}
		return new Credit(creditStart, ChineseText.strip(paragraph.substring(creditStart, end)), photographers);
	}

	/** The names part of a credit, without 摄 or 图/; null when it is no credit. */
	private static String names(String inner) {
		for (String prefix : PREFIXES) {
			if (inner.startsWith(prefix) && inner.length() > prefix.length() + 1) {
				return inner.substring(prefix.length());
			}
		}
		for (String suffix : SUFFIXES) {
			if (inner.endsWith(suffix) && inner.length() >= suffix.length() + 2) {
				return inner.substring(0, inner.length() - suffix.length());
			}
		}
		return null;
	}

}
