package org.newsportal.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.newsportal.article.ArticleCard;

/**
 * The items of one day, as a list shows them under a date heading.
 */
record DayGroup(LocalDate date, List<ArticleCard> items) {

	DayGroup {
		items = List.copyOf(items);
	}

	/**
	 * Splits cards already in reading order into runs of the same date, keeping that
	 * order.
	 */
	static List<DayGroup> of(List<ArticleCard> cards) {
		List<DayGroup> groups = new ArrayList<>();
		List<ArticleCard> run = new ArrayList<>();
		for (ArticleCard card : cards) {
			if (!run.isEmpty() && !run.get(0).date().equals(card.date())) {
				groups.add(new DayGroup(run.get(0).date(), run));
				run = new ArrayList<>();
			}
			run.add(card);
		}
		if (!run.isEmpty()) {
			groups.add(new DayGroup(run.get(0).date(), run));
		}
		return groups;
	}

}
