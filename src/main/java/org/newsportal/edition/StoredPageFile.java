package org.newsportal.edition;

/**
 * A page's PDF or image as stored, without its bytes.
 */
record StoredPageFile(long id, long bulletinId, PageFileKind kind, String mediaType, long size, String sha256,
		int width, int height, boolean hasThumbnail) {

	String extension() {
		return switch (this.mediaType) {
			case "application/pdf" -> "pdf";
			case "image/png" -> "png";
			default -> "jpg";
		};
	}

	/** Short, and enough to tell one upload from the next. */
	String version() {
		return this.sha256.substring(0, 12);
	}

}
