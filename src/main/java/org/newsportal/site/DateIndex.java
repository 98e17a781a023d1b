package org.newsportal.site;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsportal.article.DateCount;

/**
 * The archive as years, months and days, each with how many items it holds, in the order
 * the dates were given (newest first).
 */
record DateIndex(List<YearEntry> years) {

	DateIndex {
		years = List.copyOf(years);
	}

	static DateIndex of(List<DateCount> dates) {
		Map<Integer, Map<YearMonth, List<DateCount>>> byYear = new LinkedHashMap<>();
		for (DateCount date : dates) {
			byYear.computeIfAbsent(date.date().getYear(), (year) -> new LinkedHashMap<>())
				.computeIfAbsent(YearMonth.from(date.date()), (month) -> new ArrayList<>())
				.add(date);
		}
		List<YearEntry> years = new ArrayList<>();
		byYear.forEach((year, months) -> {
			List<MonthEntry> entries = new ArrayList<>();
			months.forEach((month, days) -> entries.add(new MonthEntry(month, sum(days), days)));
			years.add(new YearEntry(year, entries.stream().mapToLong(MonthEntry::count).sum(), entries));
		});
		return new DateIndex(years);
	}

	public boolean isEmpty() {
		return this.years.isEmpty();
	}

	private static long sum(List<DateCount> days) {
		return days.stream().mapToLong(DateCount::count).sum();
	}

	record YearEntry(int year, long count, List<MonthEntry> months) {

		YearEntry {
			months = List.copyOf(months);
		}

	}

	record MonthEntry(YearMonth month, long count, List<DateCount> days) {

		MonthEntry {
			days = List.copyOf(days);
		}

		public int monthValue() {
			return this.month.getMonthValue();
		}

	}

}
