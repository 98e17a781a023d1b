package org.newsportal.photo;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored photo as a page links it: its content-hashed addresses, one per width and
 * format, which never change, so they are cached for a year.
 *
 * @param widths the JPEG widths, narrowest first (the WebP ones are the same)
 */
public record PhotoRef(String sha256, int width, int height, List<Integer> widths, boolean webp) {

	public PhotoRef {
		widths = List.copyOf(widths);
	}

	/** {@code /photos/<sha256>-960.jpg}. */
	public static String url(String sha256, int width, PhotoFormat format) {
		return "/photos/" + sha256 + "-" + width + "." + format.extension();
	}

	public String url(int width, PhotoFormat format) {
		return url(this.sha256, width, format);
	}

	/** The widest JPEG: what a sharing card or a feed enclosure shows. */
	public String largest() {
		return url(this.widths.get(this.widths.size() - 1), PhotoFormat.JPEG);
	}

	/** The narrowest JPEG: a list's thumbnail. */
	public String smallest() {
		return url(this.widths.get(0), PhotoFormat.JPEG);
	}

	public String srcset(PhotoFormat format) {
		return this.widths.stream().map((w) -> url(w, format) + " " + w + "w").collect(Collectors.joining(", "));
	}

	/** The height of a rendition of the given width, as the aspect ratio has it. */
	public int heightAt(int renditionWidth) {
		return Math.max(1, Math.round((float) this.height * renditionWidth / this.width));
	}

	/** The largest width, as the {@code width} attribute gives it. */
	public int shownWidth() {
		return this.widths.get(this.widths.size() - 1);
	}

}
