package org.newsportal.edition;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date, page number and page name a page's title gives, as papers write them:
 * {@code 焦作日报·第02版 要闻}, {@code 清河日报 第3版}, {@code A2版}, {@code 第A02版：要闻},
 * {@code 2024年3月12日 星期二 第02版}. Plain Java, no Spring.
 * <p>
 * A page number needs its {@code 版}: {@code 高新区新闻 第 12 期} names an issue number, not a
 * page, and gives nothing. The page name is the words after the number, or the last words
 * before it when a paper's name comes first; it is at most {@value #MAX_NAME} characters
 * and has no digits only.
 */
public final class PrintedTitles {

	static final int MAX_NAME = 20;

	/** {@code 第02版}, {@code 第 2 版}, {@code 第二版}, {@code A02版}, {@code 3版}. */
	static final Pattern PAGE = Pattern.compile("第\\s*([A-Za-z])?\\s*(\\d{1,3}|[一二三四五六七八九十〇零]{1,3})\\s*版(?![本权面税])"
			+ "|(?<![A-Za-z0-9])([A-Za-z])?\\s*(\\d{1,3})\\s*版(?![本权面税])");

	private static final Pattern DATE = Pattern
		.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
				+ "|(?<!\\d)((?:19|20)\\d{2})([-./])(\\d{1,2})\\5(\\d{1,2})(?!\\d)");

	private static final Pattern WEEKDAY = Pattern.compile("(?:星期|礼拜|周)([一二三四五六日天])");

	/** An issue number, never a page name: {@code 第 12 期}, {@code 总第3456期}. */
	private static final Pattern ISSUE_NUMBER = Pattern.compile("总?第\\s*\\d+\\s*期");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s·•・:|/,;、，；—–\\-_()（）【】\\[\\]《》〈〉「」]+");

	private PrintedTitles() {
	}

	public static PageHints read(String title) {
		if (title == null || title.isBlank()) {
			return PageHints.NONE;
		}
		String text = Normalizer.normalize(title, Normalizer.Form.NFKC).strip();
		List<String> notes = new ArrayList<>();
		StringBuilder rest = new StringBuilder(text);

		LocalDate date = null;
		Matcher dates = DATE.matcher(text);
		if (dates.find()) {
			date = date(dates, notes, title);
			blank(rest, dates.start(), dates.end());
		}
		Matcher weekday = WEEKDAY.matcher(text);
		if (weekday.find()) {
			if (date != null) {
				checkWeekday(weekday.group(1).charAt(0), date, title, notes);
			}
			blank(rest, weekday.start(), weekday.end());
		}
		Matcher issue = ISSUE_NUMBER.matcher(text);
		while (issue.find()) {
			blank(rest, issue.start(), issue.end());
		}

		PageLabel page = null;
		String before = rest.toString();
		String after = "";
		Matcher pages = PAGE.matcher(rest);
		if (pages.find()) {
			Optional<PageLabel> label = (pages.group(2) != null) ? PageLabel.of(pages.group(1), pages.group(2))
					: PageLabel.of(pages.group(3), pages.group(4));
			if (label.isPresent()) {
				page = label.get();
				before = rest.substring(0, pages.start());
				after = rest.substring(pages.end());
			}
		}
		if (page == null && date == null) {
			// Without a page number or a date the title is just a title: its words are
			// no page name
			return PageHints.NONE;
		}
		List<String> ahead = words(before);
		List<String> behind = words(after);
		String paper = (!ahead.isEmpty() && isPaperName(ahead.get(0))) ? ahead.get(0) : null;
		String pageName = null;
		if (!behind.isEmpty()) {
			pageName = behind.get(0);
		}
		else if (ahead.size() > ((paper != null) ? 1 : 0)) {
			pageName = ahead.get(ahead.size() - 1);
		}
		return new PageHints(date, page, pageName(pageName), paper, notes);
	}

	/** A name as a page's name may be, or null. */
	static String pageName(String candidate) {
		if (candidate == null) {
			return null;
		}
		String name = candidate.strip();
		if (name.isEmpty() || name.length() > MAX_NAME || name.chars().noneMatch(Character::isLetter)) {
			return null;
		}
		return name;
	}

	/** {@code 焦作日报}, {@code 清河晚报}, {@code 焦作日报周末版}, {@code 某某周刊}. */
	static boolean isPaperName(String word) {
		return word.length() >= 3 && (word.endsWith("报") || word.endsWith("刊") || word.endsWith("周末版"));
	}

	static LocalDate date(Matcher matcher, List<String> notes, String where) {
		boolean chinese = matcher.group(1) != null;
		String year = chinese ? matcher.group(1) : matcher.group(4);
		String month = chinese ? matcher.group(2) : matcher.group(6);
		String day = chinese ? matcher.group(3) : matcher.group(7);
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			notes.add("「" + where + "」中的日期「" + matcher.group() + "」不存在，未采用");
			return null;
		}
	}

	private static void checkWeekday(char printed, LocalDate date, String title, List<String> notes) {
		int value = "一二三四五六日".indexOf((printed == '天') ? '日' : printed) + 1;
		DayOfWeek weekday = DayOfWeek.of(value);
		if (weekday != date.getDayOfWeek()) {
			notes.add("「" + title + "」中的星期与日期" + date + "不符（那天是星期"
					+ "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1) + "）");
		}
	}

	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : SEPARATORS.split(text)) {
			if (!word.isBlank()) {
				words.add(word.strip());
			}
		}
		return words;
	}

}
