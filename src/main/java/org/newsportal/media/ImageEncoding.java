package org.newsportal.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encoding pictures made at import (a photo's renditions, a page's thumbnail), and the
 * bounds a picture's header must keep before anything is decoded.
 */
public final class ImageEncoding {

	private ImageEncoding() {
	}

	/**
	 * The image encoded afresh at the given quality, with no metadata: only what the
	 * format needs is written, nothing of the file it was read from.
	 * @param mediaType {@code image/jpeg}, or {@code image/webp} where its encoder loads
	 * @throws IOException when no writer for the type is installed or it fails
	 */
	public static byte[] encode(BufferedImage image, String mediaType, float quality) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mediaType);
		if (!writers.hasNext()) {
			throw new IOException("no writer for " + mediaType);
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			String[] types = param.getCompressionTypes();
			if (types != null && types.length > 0) {
				// JPEG has one; WebP's first is lossy, its second lossless
				param.setCompressionType(types[0]);
			}
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/**
	 * Whether a header's size is one to decode: at least a pixel, at most
	 * {@code maxPixels} in all and {@code maxSide} a side. A decompression bomb is
	 * refused here, before it costs anything.
	 */
	public static boolean withinBounds(int width, int height, long maxPixels, int maxSide) {
		return width >= 1 && height >= 1 && (long) width * height <= maxPixels && width <= maxSide && height <= maxSide;
	}

}
