package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads credits such as {@code 记者付凯明 通讯员刘晋丽} or {@code 本报记者 张三、李四}: a role applies to
 * every name after it until the next role.
 */
final class Bylines {

	/** Longest first, so that {@code 见习记者} is not read as {@code 见习} + {@code 记者}. */
	static final List<String> ROLES = List.of("融媒体记者", "全媒体记者", "特约通讯员", "见习记者", "实习记者", "特约记者", "首席记者", "摄影记者", "驻站记者",
			"特派记者", "通讯员", "实习生", "记者", "摄影");

	private Bylines() {
	}

	static String roleAt(String text, int at) {
		for (String role : ROLES) {
			if (text.startsWith(role, at)) {
				return role;
			}
		}
		return null;
	}

	static boolean isSeparator(char c) {
		return ChineseText.isSpace(c) || c == '、' || c == '，' || c == ',' || c == '；' || c == ';' || c == '/'
				|| c == '／';
	}

	/**
	 * @param text the credit without parentheses and without a trailing {@code 摄}
	 * @return the names with their roles, or null when something in the text is neither a
	 * role nor a plausible name
	 */
	static List<Byline> parse(String text, int maxNameLength) {
		List<Byline> bylines = new ArrayList<>();
		String role = null;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (isSeparator(c)) {
				i++;
				continue;
			}
			if (text.startsWith("本报", i) && roleAt(text, i + 2) != null) {
				i += 2;
				continue;
			}
			String r = roleAt(text, i);
			if (r != null) {
				role = r;
				i += r.length();
				continue;
			}
			int start = i;
			while (i < text.length() && !isSeparator(text.charAt(i)) && roleAt(text, i) == null) {
				i++;
			}
			String name = text.substring(start, i);
			if (!isPlausibleName(name, maxNameLength)) {
				return null;
			}
			// A name printed before any role word is the author; a null role would reach
			// the
			// database and every page that groups bylines by role.
			bylines.add(new Byline(name, (role != null) ? role : Byline.AUTHOR));
		}
		return bylines;
	}

	private static boolean isPlausibleName(String name, int maxLength) {
		if (name.length() < 2 || name.length() > maxLength) {
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

}
