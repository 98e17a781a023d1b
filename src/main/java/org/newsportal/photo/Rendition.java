package org.newsportal.photo;

/**
 * One rendition of a photo: a width in one format, encoded.
 */
public record Rendition(PhotoFormat format, int width, int height, byte[] data) {

}
