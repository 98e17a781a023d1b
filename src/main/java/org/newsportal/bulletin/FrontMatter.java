package org.newsportal.bulletin;

import java.time.LocalDate;

/**
 * The optional YAML block at the top of a bulletin. Every field may be null.
 */
public record FrontMatter(String title, LocalDate date, String source) {

	public static final FrontMatter NONE = new FrontMatter(null, null, null);

}
