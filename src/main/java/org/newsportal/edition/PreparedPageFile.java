package org.newsportal.edition;

import java.util.List;

/**
 * A page's PDF or image, checked and with its thumbnail made, not yet stored.
 *
 * @param name the file's name as uploaded
 * @param extension {@code pdf}, {@code jpg} or {@code png}, from the content
 * @param width the image's width in pixels, or the PDF page's in points
 * @param height likewise
 * @param thumbnail a small JPEG of the page, or null when none could be made
 * @param notes for the import report (a thumbnail that could not be made)
 */
public record PreparedPageFile(String name, PageFileKind kind, String mediaType, String extension, byte[] content,
		String sha256, int width, int height, byte[] thumbnail, List<String> notes) {

	public PreparedPageFile {
		notes = List.copyOf(notes);
	}

	public long size() {
		return this.content.length;
	}

}
