package org.newsportal.importer;

import java.util.List;

import org.newsportal.bulletin.ParsedBulletin;
import org.newsportal.bulletin.ParsedItem;
import org.newsportal.edition.Placement;
import org.newsportal.edition.PreparedPageFile;
import org.newsportal.photo.PreparedPhoto;

/**
 * A bulletin read and parsed but not yet stored: what an editor previews before
 * publishing. Bodies are rendered as they are stored, one at a time, so a large page is
 * not held in memory as Markdown, HTML and text at once.
 *
 * @param placement where the page was printed, as the bulletin says (its page number may
 * still be given in import order when stored)
 * @param files the page's PDF and image, checked, when they came with it
 * @param photos the pictures its Markdown shows, read and re-encoded, their renditions in
 * temporary files until the bulletin is {@linkplain #close() closed}
 */
public record PreparedBulletin(ImportRequest request, String contentHash, String charset, String text,
		ParsedBulletin parsed, ImportReport report, Placement placement, List<PreparedPageFile> files,
		List<PreparedPhoto> photos) implements AutoCloseable {

	public PreparedBulletin {
		files = List.copyOf(files);
		photos = List.copyOf(photos);
	}

	public PreparedBulletin(ImportRequest request, String contentHash, String charset, String text,
			ParsedBulletin parsed, ImportReport report, Placement placement, List<PreparedPageFile> files) {
		this(request, contentHash, charset, text, parsed, report, placement, files, List.of());
	}

	/**
	 * About the memory this holds, in bytes: the text and the items' Markdown, two bytes
	 * a character at most, the page's files with their thumbnails and the photos'
	 * renditions.
	 */
	public long weight() {
		long files = 0;
		for (PreparedPageFile file : this.files) {
			files += file.size() + ((file.thumbnail() != null) ? file.thumbnail().length : 0);
		}
		for (PreparedPhoto photo : this.photos) {
			files += photo.weight();
		}
		return 4L * this.text.length() + files;
	}

	/** The photos' renditions, kept on disk until stored. */
	public long photoBytes() {
		return this.photos.stream().mapToLong(PreparedPhoto::encodedSize).sum();
	}

	/**
	 * Deletes the photos' spool files: call it once the bulletin is stored, or dropped.
	 */
	@Override
	public void close() {
		this.photos.forEach(PreparedPhoto::close);
	}

	/** The items, in bulletin order. */
	public List<ParsedItem> items() {
		return this.parsed.items();
	}

}
