package org.newsportal.edition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A month of the past-issues calendar, Monday first, with the days that have an issue,
 * and the way to other months.
 *
 * @param weeks the month's weeks, each of seven days; days of the months around it are
 * null
 * @param years the years with issues, newest first, for the picker
 * @param previous the nearest earlier month with an issue, or null
 * @param next likewise
 * @param archive every month with issues, newest first
 */
public record CalendarView(YearMonth month, List<List<Day>> weeks, List<Integer> years, YearMonth previous,
		YearMonth next, List<MonthCount> archive) {

	public CalendarView {
		weeks = weeks.stream()
			.map((week) -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(week)))
			.toList();
		years = List.copyOf(years);
		archive = List.copyOf(archive);
	}

	public boolean isEmpty() {
		return this.archive.isEmpty();
	}

	public long issueCount() {
		return this.weeks.stream().flatMap(List::stream).filter((day) -> day != null && day.pages() > 0).count();
	}

	/**
	 * One day of the month.
	 *
	 * @param pages the pages printed that day in all editions, 0 without an issue
	 */
	public record Day(LocalDate date, long pages, boolean today) {

		public boolean hasIssue() {
			return this.pages > 0;
		}

		public String url() {
			return IssueLinks.issue(this.date);
		}

	}

	/**
	 * A month with issues, for the archive under the calendar.
	 */
	public record MonthCount(YearMonth month, long issues) {

		public String url() {
			return IssueLinks.month(this.month);
		}

	}

}
