package org.newsportal.importer;

import java.util.List;

import org.newsportal.bulletin.ParsedBulletin;
import org.newsportal.bulletin.ParsedItem;
import org.newsportal.edition.Placement;
import org.newsportal.edition.PreparedPageFile;

/**
 * A bulletin read, parsed and rendered but not yet stored: what an editor previews before
 * publishing.
 *
 * @param placement where the page was printed, as the bulletin says (its page number may
 * still be given in import order when stored)
 * @param files the page's PDF and image, checked, when they came with it
 */
public record PreparedBulletin(ImportRequest request, String contentHash, String charset, String text,
		ParsedBulletin parsed, List<PreparedItem> items, ImportReport report, Placement placement,
		List<PreparedPageFile> files) {

	public PreparedBulletin {
		items = List.copyOf(items);
		files = List.copyOf(files);
	}

	/**
	 * One item with its rendered body.
	 */
	public record PreparedItem(ParsedItem parsed, BodyRenderer.RenderedBody body) {

	}

}
