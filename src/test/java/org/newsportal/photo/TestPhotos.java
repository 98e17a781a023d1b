package org.newsportal.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos made by the tests: drawn, encoded with ImageIO, and given EXIF or broken where a
 * test needs it. Nothing is downloaded.
 */
public final class TestPhotos {

	private TestPhotos() {
	}

	/** A zip of these files, by their paths in it. */
	public static byte[] zip(java.util.Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Noise in 2×2 blocks over a gradient: a JPEG of a few megabytes at camera sizes, as
	 * a camera writes, whose renditions compress as little as a crowd or foliage does.
	 * Each seed gives another picture.
	 */
	public static byte[] busy(int width, int height, int seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		java.util.Random random = new java.util.Random(seed);
		for (int y = 0; y < height; y += 2) {
			for (int x = 0; x < width; x += 2) {
				int noise = random.nextInt(64);
				int rgb = ((x * 192 / width + noise) << 16) | ((y * 192 / height + noise) << 8)
						| ((seed * 40) % 192 + noise);
				image.setRGB(x, y, rgb);
				image.setRGB(x + 1, y, rgb);
				image.setRGB(x, y + 1, rgb);
				image.setRGB(x + 1, y + 1, rgb);
			}
		}
		return encode(image, "jpeg");
	}

	/** A picture whose top-left quarter is red and the rest blue, so turning shows. */
	public static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height), "png");
	}

	/** The same picture as a different file (one pixel changed). */
	public static byte[] jpeg(int width, int height, int variant) {
		BufferedImage image = picture(width, height);
		image.setRGB(width - 1, height - 1, variant * 0x010101);
		image.setRGB(width - 2, height - 1, variant);
		return encode(image, "jpeg");
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG with an EXIF block giving its orientation, a camera make and a GPS position,
	 * as a phone writes it.
	 */
	public static byte[] withExif(byte[] jpeg, int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(128).order(ByteOrder.BIG_ENDIAN);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		// IFD0: orientation, make (offset), GPS IFD pointer
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(8).putInt(62);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(70);
		tiff.putInt(0);
		// offset 50 .. 62: padding
		while (tiff.position() < 62) {
			tiff.put((byte) 0);
		}
		tiff.put("SpyPhone".getBytes(StandardCharsets.US_ASCII));
		// GPS IFD at 70: latitude ref 'N'
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putInt(0);
		byte[] tiffBytes = new byte[tiff.position()];
		tiff.flip();
		tiff.get(tiffBytes);
		byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		int length = 2 + header.length + tiffBytes.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(header);
		out.writeBytes(tiffBytes);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A CMYK JPEG, as layout systems write them. */
	public static byte[] cmykJpeg(int width, int height) {
		WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4,
				null);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				raster.setPixel(x, y, new int[] { 0, 200, 200, 0 });
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(raster, null, null), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/**
	 * A PNG whose header claims a picture of this size, with a few bytes of data: a
	 * decompression bomb as far as its header goes.
	 */
	public static byte[] pngHeader(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
