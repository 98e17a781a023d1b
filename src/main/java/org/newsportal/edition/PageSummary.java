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

	/**
	 * A headline and its article's address.
	 */
	public record HeadlineLink(String title, String url, boolean photo) {

	}

}
