package org.newsportal.photo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A photo read and re-encoded at import, not yet stored. Once prepared by
 * {@link PhotoLibrary} its renditions are in a spool file, not the heap, until it is
 * closed.
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
		List<Crop> crops) implements AutoCloseable {

	public PreparedPhoto {
		renditions = renditions.stream()
			.sorted(Comparator.comparing(Rendition::format).thenComparingInt(Rendition::width))
			.toList();
		crops = List.copyOf(crops);
	}

	/** The bytes held in the heap: none once spooled. */
	public long weight() {
		return this.renditions.stream().mapToLong((rendition) -> rendition.encoded().held()).sum()
				+ this.crops.stream().mapToLong((crop) -> crop.encoded().held()).sum();
	}

	/** The encoded bytes, in the heap or spooled. */
	public long encodedSize() {
		return this.renditions.stream().mapToLong((rendition) -> rendition.encoded().length()).sum()
				+ this.crops.stream().mapToLong((crop) -> crop.encoded().length()).sum();
	}

	/**
	 * The same photo with its renditions and crops written to a temporary file, so that
	 * it holds next to nothing in the heap until it is stored. Close it when done.
	 */
	PreparedPhoto spooled() throws IOException {
		PhotoSpool spool = PhotoSpool.create();
		try {
			List<Rendition> spooledRenditions = new ArrayList<>();
			for (Rendition rendition : this.renditions) {
				spooledRenditions.add(new Rendition(rendition.format(), rendition.width(), rendition.height(),
						rendition.encoded().spoolTo(spool)));
			}
			List<Crop> spooledCrops = new ArrayList<>();
			for (Crop crop : this.crops) {
				spooledCrops.add(new Crop(crop.crop(), crop.width(), crop.height(), crop.encoded().spoolTo(spool)));
			}
			return new PreparedPhoto(this.name, this.sha256, this.width, this.height, this.size, spooledRenditions,
					spooledCrops);
		}
		catch (IOException | RuntimeException ex) {
			spool.close();
			throw ex;
		}
	}

	/** Deletes its spool file, if it has one; it can no longer be stored or shown. */
	@Override
	public void close() {
		this.renditions.stream()
			.map((rendition) -> rendition.encoded().spool())
			.filter(Objects::nonNull)
			.distinct()
			.forEach(PhotoSpool::close);
		this.crops.stream()
			.map((crop) -> crop.encoded().spool())
			.filter(Objects::nonNull)
			.distinct()
			.forEach(PhotoSpool::close);
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
	public record Crop(PhotoCrop crop, int width, int height, Encoded encoded) {

		Crop(PhotoCrop crop, int width, int height, byte[] data) {
			this(crop, width, height, Encoded.inMemory(data));
		}

		/** The encoded bytes (read from the spool when the photo is spooled). */
		public byte[] data() {
			return this.encoded.bytes();
		}

	}

}
