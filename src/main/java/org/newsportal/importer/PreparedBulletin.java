package org.newsportal.importer;

import java.util.List;

import org.newsportal.bulletin.ParsedBulletin;
import org.newsportal.bulletin.ParsedItem;

/**
 * A bulletin read, parsed and rendered but not yet stored: what an editor previews before
 * publishing.
 */
public record PreparedBulletin(ImportRequest request, String contentHash, String charset, String text,
		ParsedBulletin parsed, List<PreparedItem> items, ImportReport report) {

	public PreparedBulletin {
		items = List.copyOf(items);
	}

	/**
	 * One item with its rendered body.
	 */
	public record PreparedItem(ParsedItem parsed, BodyRenderer.RenderedBody body) {

	}

}
