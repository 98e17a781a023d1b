package org.newsportal.bulletin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Completes a printed date with what it leaves out: the year (from the issue date, else
 * the years the bulletin names), the month of {@code 4日上午} and the day of {@code 昨天}
 * (from the issue date). The import day is the last resort, and never a silent one: a
 * page that gives nothing else is dated by the day it is imported, and the report names
 * the line and says how to date it properly; an old page imported without its issue date
 * would otherwise land in this year's archive without anyone being told.
 */
final class YearResolver {

	/** What an editor does about a date the page does not give. */
	static final String ADD_ISSUE_DATE = "请在文件头写上出版日期（date: YYYY-MM-DD）或导入时填写出版日期，再重新导入";

	private final LocalDate issueDate;

	private final Integer namedYear;

	private final LocalDate today;

	/**
	 * @param today the import day, from the application's clock
	 */
	YearResolver(LocalDate issueDate, String text, LocalDate today) {
		this.issueDate = issueDate;
		this.today = today;
		this.namedYear = latestNamedYear(text, today.getYear());
	}

	/**
	 * @return the date, or null when the printed date is not a date (a finding is added)
	 */
	LocalDate resolve(Datelines.DatePart printed, int line, List<Finding> findings) {
		if (printed.dayOffset() != null) {
			if (this.issueDate == null) {
				findings.add(new Finding(line, "第" + line + "行：「" + printed.printed() + "」要按出版日期推算，但本版没有出版日期，未采用"));
				return null;
			}
			return this.issueDate.plusDays(printed.dayOffset());
		}
		int month = printed.month();
		int day = printed.day();
		if (month == 0) {
			if (this.issueDate == null) {
				findings.add(new Finding(line, "第" + line + "行：日期「" + day + "日」没有月份，本版也没有出版日期可以推算，未采用"));
				return null;
			}
			// 4日 in a 6 May issue is 4 May; 28日 is 28 April
			LocalDate month0 = (day <= this.issueDate.getDayOfMonth()) ? this.issueDate : this.issueDate.minusMonths(1);
			return date(month0.getYear(), month0.getMonthValue(), day, line, findings);
		}
		int year;
		if (printed.year() != null) {
			year = printed.year();
		}
		else if (this.issueDate != null) {
			year = this.issueDate.getYear();
			// a dateline is never after its issue: 12月30日 in a January issue is last
			// year; 今年 says it is this year, even ahead of the issue
			if (!printed.thisYear() && (month > this.issueDate.getMonthValue()
					|| (month == this.issueDate.getMonthValue() && day > this.issueDate.getDayOfMonth()))) {
				year--;
			}
		}
		else if (this.namedYear != null) {
			year = this.namedYear;
		}
		else {
			// the most recent such day up to the import day, and the editor is told
			year = this.today.getYear();
			if (month > this.today.getMonthValue()
					|| (month == this.today.getMonthValue() && day > this.today.getDayOfMonth())) {
				year--;
			}
			findings.add(new Finding(line, "第" + line + "行：日期「" + month + "月" + day
					+ "日」没有年份，本版没有出版日期，全文也没有提到年份，已按导入日暂定为 " + year + " 年；" + ADD_ISSUE_DATE));
		}
		return date(year, month, day, line, findings);
	}

	private static LocalDate date(int year, int month, int day, int line, List<Finding> findings) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			findings.add(new Finding(line, "第" + line + "行：日期「" + month + "月" + day + "日」无效，已改用刊期日期"));
			return null;
		}
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
				// full-width digits included: parseInt reads any Unicode digit
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
			if (ChineseText.digit(text.charAt(at + k)) < 0) {
				return false;
			}
		}
		return true;
	}

}
