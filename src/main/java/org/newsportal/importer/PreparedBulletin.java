package org.newsportal.importer;

import java.util.List;

import org.newsportal.bulletin.ParsedBulletin;
import org.newsportal.bulletin.ParsedItem;

/**
 * A bulletin read and parsed but not yet stored: what an editor previews before
 * publishing. Bodies are rendered as they are stored, one at a time, so a large page is
 * not held in memory as Markdown, HTML and text at once.
 */
public record PreparedBulletin(ImportRequest request, String contentHash, String charset, String text,
		ParsedBulletin parsed, ImportReport report) {

	/**
	 * About the memory this holds, in bytes: the text and the items' Markdown, two bytes
	 * a character at most.
	 */
	public long weight() {
		return 4L * this.text.length();
	}

	/** The items, in bulletin order. */
	public List<ParsedItem> items() {
		return this.parsed.items();
	}

}
