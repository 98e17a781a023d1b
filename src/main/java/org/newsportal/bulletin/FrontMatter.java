package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The optional YAML block at the top of a bulletin. Every field may be null.
 *
 * @param date the issue date
 * @param page the page number as written ({@code 2}, {@code 02}, {@code A2},
 * {@code 第02版}); read by the edition model, which tells a bad one from a good one
 * @param pageName the page's name ({@code 要闻})
 * @param edition the paper or edition the page was printed in ({@code 焦作日报周末版})
 */
public record FrontMatter(String title, LocalDate date, String source, String page, String pageName, String edition) {

	public static final FrontMatter NONE = new FrontMatter(null, null, null);

	/** How far {@link #peek} looks for the end of the block. */
	private static final int PEEK_LINES = 200;

	public FrontMatter(String title, LocalDate date, String source) {
		this(title, date, source, null, null, null);
	}

	/**
	 * The front matter of a bulletin's text without parsing the rest: what the importer
	 * needs to know before parsing (the issue date). A block the parser would refuse
	 * gives {@link #NONE}; the parser then says what is wrong with it.
	 */
	public static FrontMatter peek(String text) {
		if (text == null || text.isEmpty()) {
			return NONE;
		}
		String start = text.substring(0, Math.min(text.length(), PEEK_LINES * 400));
		start = BulletinDecoder.normaliseLineEnds(start);
		if (!start.isEmpty() && start.charAt(0) == '\uFEFF') {
			start = start.substring(1);
		}
		String[] lines = start.split("\n", PEEK_LINES + 1);
		try {
			return FrontMatterReader.read(Arrays.copyOf(lines, Math.min(lines.length, PEEK_LINES)), new ArrayList<>())
				.frontMatter();
		}
		catch (BulletinFormatException ex) {
			return NONE;
		}
	}

}
