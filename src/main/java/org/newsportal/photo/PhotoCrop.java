package org.newsportal.photo;

/**
 * The crops search engines ask an article's picture in: Google's article structured data
 * recommends one image each at 16:9, 4:3 and 1:1. Made at import from the middle of the
 * picture, JPEG only, at most {@link #WIDTH} wide.
 */
public enum PhotoCrop {

	WIDE("16x9", 16, 9), STANDARD("4x3", 4, 3), SQUARE("1x1", 1, 1);

	/** Wide enough for Google Discover's large pictures (1200 px). */
	static final int WIDTH = 1200;

	/** Google ignores smaller images: a picture too small for a crop gets none. */
	static final long MIN_PIXELS = 50_000;

	private final String code;

	private final int across;

	private final int down;

	PhotoCrop(String code, int across, int down) {
		this.code = code;
		this.across = across;
		this.down = down;
	}

	/** {@code 16x9}: in its address and the database. */
	public String code() {
		return this.code;
	}

	static PhotoCrop ofCode(String code) {
		for (PhotoCrop crop : values()) {
			if (crop.code.equals(code)) {
				return crop;
			}
		}
		return null;
	}

	/**
	 * The largest region of this aspect ratio a picture of the given size holds.
	 * @return width and height
	 */
	int[] region(int width, int height) {
		// whole units of the ratio, so that the crop scales to its size exactly
		int units = Math.min(width / this.across, height / this.down);
		return new int[] { units * this.across, units * this.down };
	}

	/**
	 * The size of this crop of a picture of the given size: its {@link #region}, scaled
	 * down to at most {@link #WIDTH} wide.
	 * @return width and height
	 */
	int[] size(int width, int height) {
		int[] region = region(width, height);
		return (region[0] <= WIDTH) ? region : new int[] { WIDTH, WIDTH * this.down / this.across };
	}

}
