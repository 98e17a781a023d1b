package org.newsportal.site;

import java.util.List;

import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;

/**
 * What the front page shows of one page of the latest items. The first page opens with
 * the lead story and the rest of its day; every page then lists its items by date.
 *
 * @param lead the newest item, on the first page only, else null
 * @param leadBylines the lead's bylines grouped by role
 * @param leadDay the other items of the lead's day on this page
 * @param earlier the remaining items grouped by date, newest first
 * @param page the 1-based page number
 * @param totalPages how many pages there are; 0 when there is nothing yet
 */
record FrontPage(ArticleCard lead, List<BylineGroup> leadBylines, List<ArticleCard> leadDay, List<DayGroup> earlier,
		int page, int totalPages) {

	FrontPage {
		leadBylines = List.copyOf(leadBylines);
		leadDay = List.copyOf(leadDay);
		earlier = List.copyOf(earlier);
	}

	static FrontPage of(ResultPage<ArticleCard> result) {
		int page = result.page();
		List<ArticleCard> items = result.items();
		if (result.hasPrevious() || items.isEmpty()) {
			return new FrontPage(null, List.of(), List.of(), DayGroup.of(items), page, result.totalPages());
		}
		ArticleCard lead = items.get(0);
		List<ArticleCard> rest = items.subList(1, items.size());
		List<ArticleCard> leadDay = rest.stream().filter((card) -> card.date().equals(lead.date())).toList();
		List<ArticleCard> earlier = rest.subList(leadDay.size(), rest.size());
		return new FrontPage(lead, BylineGroup.of(lead.bylines()), leadDay, DayGroup.of(earlier), page,
				result.totalPages());
	}

	public boolean isEmpty() {
		return this.lead == null && this.earlier.isEmpty();
	}

	/**
	 * Whether there is a newer page, for the pager.
	 */
	public boolean hasPrevious() {
		return this.page > PageNumbers.FIRST;
	}

	/**
	 * Whether there is an older page, for the pager.
	 */
	public boolean hasNext() {
		return this.page < this.totalPages;
	}

}
