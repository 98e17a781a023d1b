package org.newsportal.photo;

/**
 * The formats a photo's renditions are stored and served in.
 */
public enum PhotoFormat {

	JPEG("image/jpeg", "jpg"), WEBP("image/webp", "webp");

	private final String mediaType;

	private final String extension;

	PhotoFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	static PhotoFormat ofExtension(String extension) {
		for (PhotoFormat format : values()) {
			if (format.extension.equals(extension)) {
				return format;
			}
		}
		return null;
	}

}
