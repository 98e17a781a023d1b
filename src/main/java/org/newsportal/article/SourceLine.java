package org.newsportal.article;

import org.newsportal.bulletin.ItemSource;

/**
 * Where an item was filed from, as the API gives it and the article page shows it.
 *
 * @param agency the agency ({@code 新华社}), or null for the paper's own bureau
 * @param place the place ({@code 北京}), or null
 * @param label the dateline without its date ({@code 新华社北京电}, {@code 本报郑州讯})
 */
public record SourceLine(String agency, String place, String label) {

	/** The source of a stored item, or null when its dateline names none. */
	static SourceLine of(String agency, String place) {
		if (agency == null && place == null) {
			return null;
		}
		return new SourceLine(agency, place, new ItemSource(agency, place).label());
	}

}
