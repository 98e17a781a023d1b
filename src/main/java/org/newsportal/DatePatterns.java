package org.newsportal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The date formats of {@code messages.properties} ({@code date.short}, {@code date.long},
 * {@code date.time}), for code without a {@code MessageSource} at hand: the importer's
 * messages, JSON-LD and page titles built in Java. Templates use the same keys through
 * {@code #messages.msg('date.short')}, so a paper changes its dates in one place.
 */
public final class DatePatterns {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ROOT);

	/** {@code 2024年3月12日} */
	public static final DateTimeFormatter SHORT = formatter("date.short");

	/** {@code 2024年3月12日 星期二} */
	public static final DateTimeFormatter LONG = formatter("date.long");

	private DatePatterns() {
	}

	private static DateTimeFormatter formatter(String key) {
		return DateTimeFormatter.ofPattern(MESSAGES.getString(key), Locale.SIMPLIFIED_CHINESE);
	}

}
