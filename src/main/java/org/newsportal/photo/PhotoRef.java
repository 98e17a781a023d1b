package org.newsportal.photo;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored photo as a page links it: its content-hashed addresses, one per width and
 * format, which never change, so they are cached for a year.
 *
 * @param widths the JPEG widths, narrowest first (the WebP ones are the same)
 * @param crops the crops made for search engines (none for a picture stored before they
 * were made, or too small for them)
 */
public record PhotoRef(String sha256, int width, int height, List<Integer> widths, boolean webp,
		List<PhotoCrop> crops) {

	public PhotoRef {
		widths = List.copyOf(widths);
		crops = List.copyOf(crops);
	}

	/** {@code /photos/<sha256>-16x9.jpg}. */
	public static String url(String sha256, PhotoCrop crop) {
		return "/photos/" + sha256 + "-" + crop.code() + "." + PhotoFormat.JPEG.extension();
	}

	/**
	 * What search engines are given as the article's image: its crops (16:9, 4:3, 1:1),
	 * then the picture as taken at its widest.
	 */
	public List<String> searchImages() {
		List<String> images = new java.util.ArrayList<>();
		this.crops.stream().sorted().forEach((crop) -> images.add(url(this.sha256, crop)));
		images.add(largest());
		return images;
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
