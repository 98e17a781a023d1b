package org.newsportal.bulletin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Completes a dateline's month and day with a year. The clock is the last resort: an
 * import of an old page must not be dated this year just because the dateline omits the
 * year.
 */
final class YearResolver {

	private final LocalDate issueDate;

	private final Integer namedYear;

	private final LocalDate today;

	YearResolver(LocalDate issueDate, String text, LocalDate today) {
		this.issueDate = issueDate;
		this.today = today;
		this.namedYear = latestNamedYear(text, today.getYear());
	}

	/**
	 * @return the date, or null when month and day do not make a date (a finding is
	 * added)
	 */
	LocalDate resolve(Integer printedYear, int month, int day, int line, List<Finding> findings) {
		int year;
		boolean guessed = false;
		if (printedYear != null) {
			year = printedYear;
		}
		else if (this.issueDate != null) {
			year = this.issueDate.getYear();
			// a dateline is never after its issue: 12月30日 in a January issue is last year
			if (month > this.issueDate.getMonthValue()
					|| (month == this.issueDate.getMonthValue() && day > this.issueDate.getDayOfMonth())) {
				year--;
			}
		}
		else if (this.namedYear != null) {
			year = this.namedYear;
		}
		else {
			year = this.today.getYear();
			if (month > this.today.getMonthValue()
					|| (month == this.today.getMonthValue() && day > this.today.getDayOfMonth())) {
				year--;
			}
			guessed = true;
		}
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			findings.add(new Finding(line, "第" + line + "行：日期「" + month + "月" + day + "日」无效，已改用刊期日期"));
			return null;
		}
		if (guessed) {
			findings.add(new Finding(line, "第" + line + "行：无法确定年份，已推测为 " + year + " 年"));
		}
		return date;
	}

	/**
	 * The most recent year the text names ({@code 2024年}, {@code 2023年度}, {@code 二〇二三年度})
	 * that is not after this year.
	 */
	static Integer latestNamedYear(String text, int notAfter) {
		Integer best = null;
		for (int i = 0; i + 4 < text.length(); i++) {
			if (text.charAt(i + 4) != '年') {
				continue;
			}
			int year = -1;
			if (isDigitYear(text, i)) {
				year = Integer.parseInt(text.substring(i, i + 4));
			}
			else if (Datelines.isChineseYear(text, i) && (i == 0 || !Datelines.isChineseYear(text, i - 1))) {
				year = Datelines.chineseYear(text.substring(i, i + 4));
			}
			if (year >= 1900 && year <= notAfter && (best == null || year > best)) {
				best = year;
			}
		}
		return best;
	}

	private static boolean isDigitYear(String text, int at) {
		if (at > 0 && ChineseText.digit(text.charAt(at - 1)) >= 0) {
			return false;
		}
		for (int k = 0; k < 4; k++) {
			char c = text.charAt(at + k);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
