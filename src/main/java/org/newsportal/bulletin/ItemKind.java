package org.newsportal.bulletin;

/**
 * What a bulletin item is: a written article, or a photo that stands on its own with its
 * caption and credit.
 */
public enum ItemKind {

	ARTICLE, PHOTO;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
