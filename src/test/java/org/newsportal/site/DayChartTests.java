package org.newsportal.site;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.article.DateCount;

import static org.assertj.core.api.Assertions.assertThat;

class DayChartTests {

	@Test
	void barsRunOldestFirstWithEmptyDaysInBetween() {
		DayChart chart = DayChart.of(List.of(new DateCount(LocalDate.of(2024, 3, 11), 2),
				new DateCount(LocalDate.of(2024, 3, 8), 4), new DateCount(LocalDate.of(2024, 3, 5), 1)));

		assertThat(chart.bars()).extracting(DayChart.Bar::date)
			.containsExactly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 7),
					LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10),
					LocalDate.of(2024, 3, 11));
		assertThat(chart.bars()).extracting(DayChart.Bar::count).containsExactly(1L, 0L, 0L, 4L, 0L, 0L, 2L);
		assertThat(chart.max()).isEqualTo(4);
	}

	@Test
	void tallestBarFillsThePlotAndOthersScale() {
		DayChart chart = DayChart
			.of(List.of(new DateCount(LocalDate.of(2024, 3, 6), 4), new DateCount(LocalDate.of(2024, 3, 5), 1)));

		DayChart.Bar small = chart.bars().get(0);
		DayChart.Bar tall = chart.bars().get(1);
		int plot = DayChart.HEIGHT - DayChart.TOP - DayChart.BOTTOM;
		assertThat(tall.height()).isEqualTo(plot);
		assertThat(tall.y()).isEqualTo(DayChart.TOP);
		assertThat(small.height()).isEqualTo(plot / 4);
		assertThat(small.y() + small.height()).isEqualTo(chart.baseY());
		assertThat(chart.bars()).allSatisfy((bar) -> {
			assertThat(bar.x()).isNotNegative();
			assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(DayChart.WIDTH);
		});
	}

	@Test
	void longArchivesAreCutToTheLatestMonth() {
		DayChart chart = DayChart
			.of(List.of(new DateCount(LocalDate.of(2024, 3, 11), 1), new DateCount(LocalDate.of(2020, 1, 1), 9)));

		assertThat(chart.bars()).hasSize(DayChart.MAX_DAYS);
		assertThat(chart.lastDate()).isEqualTo(LocalDate.of(2024, 3, 11));
		assertThat(chart.firstDate()).isEqualTo(LocalDate.of(2024, 2, 10));
	}

	@Test
	void nothingToChartWithoutDates() {
		assertThat(DayChart.of(List.of()).isEmpty()).isTrue();
	}

}
