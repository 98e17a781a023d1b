package org.newsportal.importer;

import java.util.Locale;

/**
 * Rules for a bulletin's file name, which is also its identity: importing a file of the
 * same name again replaces the bulletin.
 */
final class BulletinNames {

	static final int MAX_LENGTH = 200;

	private BulletinNames() {
	}

	static boolean hasBulletinExtension(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".md") || lower.endsWith(".txt") || lower.endsWith(".markdown");
	}

	/**
	 * Returns the problem with the name, or null when it is fine.
	 */
	static String problem(String name) {
		if (name == null || name.isBlank()) {
			return "缺少文件名";
		}
		if (name.length() > MAX_LENGTH) {
			return "文件名过长（最多 " + MAX_LENGTH + " 个字符）";
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")) {
			return "文件名不能包含路径：" + name;
		}
		if (name.chars().anyMatch(Character::isISOControl)) {
			return "文件名包含控制字符";
		}
		if (!hasBulletinExtension(name)) {
			return "只接受 .md 或 .txt 文件：" + name;
		}
		return null;
	}

}
