package org.newsportal.edition;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date, page number and page name a page's file name gives, as layout systems
 * and editors name them: {@code 2024-03-12-02-要闻.md}, {@code 20240312_A02_要闻.md},
 * {@code jzrb-2024-03-12-第02版.md}, {@code 第02版-要闻.md}. Plain Java, no Spring.
 * <p>
 * The date needs a four-digit year standing apart from other letters and digits, so a
 * hash such as {@code 000_223f8a6ac594ec44} gives nothing. A bare number is a page number
 * only right after that date; elsewhere it needs its {@code 版}. The page name is what
 * follows the page number, when it has Chinese characters ({@code final}, {@code v2} are
 * no page names).
 */
public final class PrintedFileNames {

	private static final Pattern DATE = Pattern
		.compile("(?<![A-Za-z0-9])((?:19|20)\\d{2})([-_.]?)(\\d{2})\\2(\\d{2})(?![A-Za-z0-9])");

	/** Right after the date: {@code -02}, {@code _A02}, {@code -第02版}, {@code -2版}. */
	private static final Pattern PAGE_AFTER_DATE = Pattern
		.compile("^[-_.\\s]+(?:第\\s*)?([A-Za-z])?(\\d{1,3})(?:\\s*版)?(?![A-Za-z0-9])");

	private static final Pattern SEPARATORS = Pattern.compile("[-_.\\s·]+");

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	private PrintedFileNames() {
	}

	public static PageHints read(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return PageHints.NONE;
		}
		String name = Normalizer.normalize(fileName, Normalizer.Form.NFKC).strip();
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		List<String> notes = new ArrayList<>();
		LocalDate date = null;
		PageLabel page = null;
		String after = null;
		Matcher dates = DATE.matcher(name);
		if (dates.find()) {
			date = date(dates, fileName, notes);
			String rest = name.substring(dates.end());
			Matcher pages = PAGE_AFTER_DATE.matcher(rest);
			if (date != null && pages.find()) {
				Optional<PageLabel> label = PageLabel.of(pages.group(1), pages.group(2));
				if (label.isPresent()) {
					page = label.get();
					after = rest.substring(pages.end());
				}
			}
			else {
				after = rest;
			}
		}
		if (page == null) {
			String searched = (date != null) ? name.substring(dates.end()) : name;
			Matcher marked = PrintedTitles.PAGE.matcher(searched);
			if (marked.find()) {
				Optional<PageLabel> label = (marked.group(2) != null) ? PageLabel.of(marked.group(1), marked.group(2))
						: PageLabel.of(marked.group(3), marked.group(4));
				if (label.isPresent()) {
					page = label.get();
					after = searched.substring(marked.end());
				}
			}
		}
		String pageName = null;
		if (after != null && (page != null || date != null)) {
			pageName = firstChineseWord(after);
		}
		if (date == null && page == null) {
			return new PageHints(null, null, null, null, notes);
		}
		return new PageHints(date, page, pageName, null, notes);
	}

	private static String firstChineseWord(String text) {
		for (String word : SEPARATORS.split(text)) {
			if (!word.isBlank()) {
				return CHINESE.matcher(word).find() ? PrintedTitles.pageName(word) : null;
			}
		}
		return null;
	}

	private static LocalDate date(Matcher matcher, String fileName, List<String> notes) {
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(3)),
					Integer.parseInt(matcher.group(4)));
		}
		catch (DateTimeException ex) {
			notes.add("文件名「" + fileName + "」中的日期「" + matcher.group() + "」不存在，未采用");
			return null;
		}
	}

}
