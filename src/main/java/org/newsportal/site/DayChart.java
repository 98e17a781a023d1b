package org.newsportal.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsportal.article.DateCount;

/**
 * A bar chart of items per day over the most recent days, laid out here so the page can
 * draw it as plain SVG without any script. Days without items inside the span get an
 * empty bar, so gaps in publishing show.
 *
 * @param bars one bar per day, oldest first
 * @param max the largest count, which sets the scale
 */
record DayChart(List<Bar> bars, long max) {

	/** The longest span drawn, so the bars stay wide enough to read. */
	static final int MAX_DAYS = 31;

	static final int WIDTH = 480;

	static final int HEIGHT = 200;

	/** Room above the bars for their figures. */
	static final int TOP = 20;

	/** Room under the bars for the day of the month. */
	static final int BOTTOM = 24;

	/** A lone day should not be drawn as a slab across the whole chart. */
	private static final int MAX_BAR_WIDTH = 36;

	/** Past this many bars the figures would overlap, so only the axis is labelled. */
	private static final int MAX_LABELLED = 16;

	DayChart {
		bars = List.copyOf(bars);
	}

	/**
	 * Charts the span ending at the latest date.
	 * @param dates counts per date, in any order
	 */
	static DayChart of(List<DateCount> dates) {
		if (dates.isEmpty()) {
			return new DayChart(List.of(), 0);
		}
		Map<LocalDate, Long> counts = dates.stream()
			.collect(Collectors.toMap(DateCount::date, DateCount::count, Long::sum));
		LocalDate last = counts.keySet().stream().max(LocalDate::compareTo).orElseThrow();
		LocalDate first = counts.keySet().stream().min(LocalDate::compareTo).orElseThrow();
		if (first.isBefore(last.minusDays(MAX_DAYS - 1))) {
			first = last.minusDays(MAX_DAYS - 1);
		}
		List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
		long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
		int slot = WIDTH / days.size();
		int barWidth = Math.min(MAX_BAR_WIDTH, Math.max(2, slot * 2 / 3));
		int plotHeight = HEIGHT - TOP - BOTTOM;
		boolean figures = days.size() <= MAX_LABELLED;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			LocalDate day = days.get(i);
			long count = counts.getOrDefault(day, 0L);
			int height = (int) Math.round((double) plotHeight * count / max);
			int x = i * slot + (slot - barWidth) / 2;
			// Label the first day, month starts and every fifth day when crowded
			boolean labelled = figures || i == 0 || day.getDayOfMonth() == 1 || day.getDayOfMonth() % 5 == 0;
			bars.add(new Bar(day, count, x, TOP + plotHeight - height, barWidth, height, x + barWidth / 2, labelled,
					figures && count > 0));
		}
		return new DayChart(bars, max);
	}

	public boolean isEmpty() {
		return this.bars.isEmpty();
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	/** Where the day labels sit. */
	public int labelY() {
		return HEIGHT - 6;
	}

	/** The baseline the bars stand on. */
	public int baseY() {
		return HEIGHT - BOTTOM;
	}

	public LocalDate firstDate() {
		return this.bars.get(0).date();
	}

	public LocalDate lastDate() {
		return this.bars.get(this.bars.size() - 1).date();
	}

	/**
	 * One day's bar in the chart's own coordinates.
	 *
	 * @param centre the middle of the bar, where its labels go
	 * @param labelled whether the day of the month is written under it
	 * @param showCount whether its figure is written above it
	 */
	record Bar(LocalDate date, long count, int x, int y, int width, int height, int centre, boolean labelled,
			boolean showCount) {

		public int countY() {
			return this.y - 5;
		}

	}

}
