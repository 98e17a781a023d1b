package org.newsportal.edition;

/**
 * A page's PDF or image as the page links it.
 *
 * @param size in bytes
 */
public record PageFileLink(PageFileKind kind, String url, String mediaType, long size, int width, int height) {

	/** {@code 1.2 MB}, {@code 340 KB}. */
	public String readableSize() {
		if (this.size >= 1024 * 1024) {
			return "%.1f MB".formatted(this.size / (1024.0 * 1024));
		}
		return Math.max(1, Math.round(this.size / 1024.0)) + " KB";
	}

	public boolean isPdf() {
		return this.kind == PageFileKind.PDF;
	}

}
