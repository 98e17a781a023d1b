package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads credits such as {@code 记者付凯明 通讯员刘晋丽}, {@code 本报记者 张三、李四} or {@code 文/图 本报记者 张三}:
 * a role applies to every name after it until the next role.
 */
final class Bylines {

	/** {@code 文/图}: the names after it wrote the text and took the pictures. */
	private static final List<String> TEXT_AND_PHOTO = List.of("文/图", "图/文", "文／图", "图／文", "文图/", "文图／", "图文/", "图文／");

	private static final List<String> TEXT_BY = List.of("文/", "文／");

	private static final List<String> PHOTO_BY = List.of("图/", "图／", "摄影/", "摄影／");

	/** Words a byline prints that are neither names nor roles. */
	private static final List<String> VERBS = List.of("摄影报道", "报道", "采写", "撰文", "整理", "发自");

	/** Two-character words that sit where a name would and are none. */
	static final Set<String> NOT_NAMES = Set.of("近日", "日前", "近期", "今年", "昨天", "昨日", "今天", "今日", "本报", "报道", "综合", "整理",
			"编辑", "来源", "专稿", "供稿", "特稿", "手记", "视点", "观察", "连线", "专访", "调查", "评论", "短评", "时评", "社论");

	private Bylines() {
	}

	static boolean isSeparator(char c) {
		return ChineseText.isSpace(c) || c == '、' || c == '，' || c == ',' || c == '；' || c == ';' || c == '/'
				|| c == '／';
	}

	/** The marker, role or verb word starting at {@code at} and its length, or 0. */
	private static int skipWord(String text, int at) {
		for (String verb : VERBS) {
			if (text.startsWith(verb, at)) {
				return verb.length();
			}
		}
		return 0;
	}

	/**
	 * @param text the credit without parentheses and without a trailing {@code 摄}
	 * @param maxNameLength the longest name accepted (transliterated names run long)
	 * @param needSurname whether every name must start with a known surname: a line of
	 * its own has less around it to vouch for its names than a dateline's parentheses
	 * @return the names with their roles, or null when something in the text is neither a
	 * role nor a plausible name
	 */
	static List<Byline> parse(String text, int maxNameLength, boolean needSurname, Vocabulary vocabulary) {
		List<Byline> bylines = new ArrayList<>();
		String role = null;
		boolean alsoPhoto = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			String marker = startsWithAny(text, i, TEXT_AND_PHOTO);
			if (marker != null) {
				alsoPhoto = true;
				i += marker.length();
				continue;
			}
			marker = startsWithAny(text, i, TEXT_BY);
			if (marker != null) {
				role = Byline.AUTHOR;
				i += marker.length();
				continue;
			}
			marker = startsWithAny(text, i, PHOTO_BY);
			if (marker != null) {
				role = Byline.PHOTOGRAPHER;
				i += marker.length();
				continue;
			}
			if (isSeparator(c)) {
				i++;
				continue;
			}
			if (text.startsWith("本报", i) && vocabulary.roleAt(text, i + 2) != null) {
				i += 2;
				continue;
			}
			String r = vocabulary.roleAt(text, i);
			if (r != null) {
				role = r;
				i += r.length();
				continue;
			}
			int verb = skipWord(text, i);
			if (verb > 0) {
				alsoPhoto |= text.startsWith("摄影报道", i);
				i += verb;
				continue;
			}
			int start = i;
			while (i < text.length() && !isSeparator(text.charAt(i)) && vocabulary.roleAt(text, i) == null
					&& skipWord(text, i) == 0) {
				i++;
			}
			String name = text.substring(start, i);
			if (i < text.length() && vocabulary.roleAt(text, i) != null
					&& (role == null || isOutlet(name, vocabulary))) {
				// 晚报记者, 融媒中心记者: the paper or newsroom before the role, as 本报 is
				continue;
			}
			if (!isPlausibleName(name, maxNameLength) || (needSurname && !Surnames.startsWithSurname(name, 0))) {
				return null;
			}
			// A name printed before any role word is the author; a null role would reach
			// the database and every page that groups bylines by role.
			bylines.add(new Byline(name, (role != null) ? role : Byline.AUTHOR));
		}
		if (alsoPhoto) {
			List<Byline> photographers = new ArrayList<>();
			for (Byline byline : bylines) {
				Byline photographer = new Byline(byline.name(), Byline.PHOTOGRAPHER);
				if (!bylines.contains(photographer) && !photographers.contains(photographer)) {
					photographers.add(photographer);
				}
			}
			bylines.addAll(photographers);
		}
		return bylines;
	}

	/** True when the text holds at least one role word or credit marker. */
	static boolean hasRole(String text, Vocabulary vocabulary) {
		for (int i = 0; i < text.length(); i++) {
			if (vocabulary.roleAt(text, i) != null || startsWithAny(text, i, TEXT_AND_PHOTO) != null
					|| startsWithAny(text, i, TEXT_BY) != null || startsWithAny(text, i, PHOTO_BY) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when a credit starts at {@code at}: a role word ({@code 本报} before it allowed)
	 * or a marker such as {@code 文/}.
	 */
	static boolean startsWithCredit(String text, int at, Vocabulary vocabulary) {
		int start = text.startsWith("本报", at) ? at + 2 : at;
		return vocabulary.roleAt(text, start) != null || startsWithAny(text, at, TEXT_AND_PHOTO) != null
				|| startsWithAny(text, at, TEXT_BY) != null || startsWithAny(text, at, PHOTO_BY) != null;
	}

	/** An agency the vocabulary knows, or a name ending as outlets do: 报, 网, 社, 台. */
	static boolean isOutlet(String name, Vocabulary vocabulary) {
		if (name.length() < 2) {
			return false;
		}
		String agency = vocabulary.agencyAt(name, 0);
		return (agency != null && agency.length() == name.length())
				|| "报网社台".indexOf(name.charAt(name.length() - 1)) >= 0;
	}

	static boolean isPlausibleName(String name, int maxLength) {
		if (name.length() < 2 || name.length() > maxLength || NOT_NAMES.contains(name)) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!ChineseText.isHan(c) && c != '·' && c != '•') {
				return false;
			}
		}
		return true;
	}

	private static String startsWithAny(String text, int at, List<String> words) {
		for (String word : words) {
			if (text.startsWith(word, at)) {
				return word;
			}
		}
		return null;
	}

}
