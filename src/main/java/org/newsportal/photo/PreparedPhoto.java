package org.newsportal.photo;

import java.util.Comparator;
import java.util.List;

/**
 * A photo read and re-encoded at import, not yet stored.
 *
 * @param name the name the bulletin gives it ({@code photo-1.jpg})
 * @param sha256 of the file as uploaded: its identity, so the same file is stored once
 * @param width the width as shown (after its EXIF orientation)
 * @param height the height as shown
 * @param size the file's size as uploaded
 * @param renditions the widths made, in each format, narrowest first
 * @param crops the crops made for search engines, JPEG
 */
public record PreparedPhoto(String name, String sha256, int width, int height, long size, List<Rendition> renditions,
		List<Crop> crops) {

	public PreparedPhoto {
		renditions = renditions.stream()
			.sorted(Comparator.comparing(Rendition::format).thenComparingInt(Rendition::width))
			.toList();
		crops = List.copyOf(crops);
	}

	/** The bytes held. */
	public long weight() {
		return this.renditions.stream().mapToLong((rendition) -> rendition.data().length).sum()
				+ this.crops.stream().mapToLong((crop) -> crop.data().length).sum();
	}

	/** What a page needs to show it. */
	public PhotoRef ref() {
		return new PhotoRef(this.sha256, this.width, this.height,
				this.renditions.stream()
					.filter((rendition) -> rendition.format() == PhotoFormat.JPEG)
					.map(Rendition::width)
					.toList(),
				this.renditions.stream().anyMatch((rendition) -> rendition.format() == PhotoFormat.WEBP),
				this.crops.stream().map(Crop::crop).toList());
	}

	public Rendition rendition(PhotoFormat format, int width) {
		return this.renditions.stream()
			.filter((rendition) -> rendition.format() == format && rendition.width() == width)
			.findFirst()
			.orElse(null);
	}

	/**
	 * A crop of the picture at one aspect ratio, encoded as JPEG.
	 */
	public record Crop(PhotoCrop crop, int width, int height, byte[] data) {

	}

}
