package org.newsportal.bulletin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the optional {@code ---} block at the top. Only flat {@code key: value} lines are
 * used, so a YAML library would add risk (tags, anchors, huge documents) for nothing.
 */
final class FrontMatterReader {

	/** The front matter and the index of the first line after it. */
	record Result(FrontMatter frontMatter, int bodyStart) {

	}

	private FrontMatterReader() {
	}

	static Result read(String[] lines, List<Finding> findings) {
		int first = 0;
		while (first < lines.length && MarkdownBlocks.isBlank(lines[first])) {
			first++;
		}
		if (first >= lines.length || !lines[first].strip().equals("---")) {
			return new Result(FrontMatter.NONE, 0);
		}
		String title = null;
		LocalDate date = null;
		String source = null;
		String page = null;
		String pageName = null;
		String edition = null;
		for (int i = first + 1; i < lines.length; i++) {
			String line = lines[i];
			int lineNo = i + 1;
			if (line.strip().equals("---")) {
				return new Result(new FrontMatter(title, date, source, page, pageName, edition), i + 1);
			}
			if (MarkdownBlocks.isBlank(line) || line.strip().startsWith("#")) {
				continue;
			}
			int colon = colon(line);
			if (colon < 0) {
				throw new BulletinFormatException("第" + lineNo + "行：文件头格式错误，应为「键: 值」", lineNo);
			}
			String key = line.substring(0, colon).strip();
			String value = unquote(ChineseText.strip(line.substring(colon + 1)));
			switch (key) {
				case "title" -> title = value.isEmpty() ? null : value;
				case "source" -> source = value.isEmpty() ? null : value;
				case "date" -> date = value.isEmpty() ? null : parseDate(value, lineNo);
				case "page", "版次" -> page = value.isEmpty() ? null : value;
				case "page_name", "版名" -> pageName = value.isEmpty() ? null : value;
				case "edition", "报名" -> edition = value.isEmpty() ? null : value;
				default -> findings.add(new Finding(lineNo, "第" + lineNo + "行：文件头中的「" + key + "」未使用"));
			}
		}
		throw new BulletinFormatException("第" + (first + 1) + "行：文件头没有结束的「---」", first + 1);
	}

	private static int colon(String line) {
		int ascii = line.indexOf(':');
		int wide = line.indexOf('：');
		if (ascii < 0) {
			return wide;
		}
		return (wide < 0) ? ascii : Math.min(ascii, wide);
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && ((value.startsWith("\"") && value.endsWith("\""))
				|| (value.startsWith("'") && value.endsWith("'")))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

	/** ISO {@code 2024-03-12} or {@code 2024年3月12日}. */
	static LocalDate parseDate(String value, int lineNo) {
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(value);
			}
			Datelines.DatePart date = Datelines.readDate(value, 0);
			if (date != null && date.year() != null && date.end() == value.length()) {
				return LocalDate.of(date.year(), date.month(), date.day());
			}
		}
		catch (DateTimeException ex) {
			// reported below with the line
		}
		throw new BulletinFormatException("第" + lineNo + "行：日期「" + value + "」无法识别，应为 YYYY-MM-DD 或 YYYY年M月D日", lineNo);
	}

}
