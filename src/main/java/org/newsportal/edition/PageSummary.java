package org.newsportal.edition;

import java.util.List;

/**
 * A page as the issue lists it: its number, name, headlines and thumbnail.
 *
 * @param thumbnail the thumbnail's address, or null
 * @param pdf the PDF, or null
 */
public record PageSummary(PageLink page, List<HeadlineLink> headlines, String thumbnail, PageFileLink pdf) {

	public PageSummary {
		headlines = List.copyOf(headlines);
	}

	/** The slugs of the items these pages list, for their pictures. */
	public static List<String> slugs(List<PageSummary> pages) {
		return pages.stream().flatMap((page) -> page.headlines().stream()).map(HeadlineLink::slug).toList();
	}

	/**
	 * A headline and its article's address.
	 */
	public record HeadlineLink(String slug, String title, String url, boolean photo) {

	}

}
