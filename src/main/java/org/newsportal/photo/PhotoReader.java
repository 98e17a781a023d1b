package org.newsportal.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import org.newsportal.media.ContentHash;
import org.newsportal.media.FileSignature;
import org.newsportal.media.ImageEncoding;

/**
 * Reads a news photo and makes its renditions. Plain Java, no Spring.
 * <p>
 * The type is taken from the content, never the name: JPEG or PNG, anything else is
 * refused. The size in pixels is read from the header and bounded before anything is
 * decoded ({@link #MAX_PIXELS}); the image is then decoded at a fraction of its size
 * (every n-th pixel) so that at most {@link #DECODED_PIXELS} are held, whatever the file.
 * A decoder's warning (a truncated or corrupt file) refuses it. The EXIF orientation is
 * applied, the colours converted to sRGB (CMYK JPEGs included, through TwelveMonkeys),
 * and each rendition is encoded afresh, so no EXIF, GPS or other metadata of the file
 * survives.
 */
public final class PhotoReader {

	/** The widths made, where the photo is at least that wide. */
	public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

	/** A 40-megapixel camera's photo; anything larger is refused from its header. */
	public static final long MAX_PIXELS = 40_000_000L;

	/** A side longer than this is refused, whatever the area. */
	public static final int MAX_SIDE = 30_000;

	/**
	 * The most pixels decoded at once: 1600 px wide at 3:2 needs 1.7 million, and 4
	 * million (16 MB as RGB) leaves room for tall pictures.
	 */
	static final long DECODED_PIXELS = 4_000_000L;

	private static final float JPEG_QUALITY = 0.82f;

	private static final float WEBP_QUALITY = 0.8f;

	private final long maxSize;

	private final boolean webp;

	/**
	 * @param maxSize the largest file accepted, in bytes
	 * @param webp whether to make WebP renditions beside the JPEG ones
	 */
	public PhotoReader(long maxSize, boolean webp) {
		this.maxSize = maxSize;
		this.webp = webp;
	}

	/**
	 * Whether this JVM can write WebP (the encoder's native library loads here).
	 */
	public static boolean webpAvailable() {
		try {
			BufferedImage probe = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
			return encode(probe, PhotoFormat.WEBP).length > 0;
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * @throws PhotoException when the file is empty, too large, not a JPEG or PNG,
	 * truncated or corrupt, or too large in pixels
	 */
	public PreparedPhoto read(String name, byte[] content) {
		if (content == null || content.length == 0) {
			throw new PhotoException(name + "：图片文件是空的");
		}
		if (content.length > this.maxSize) {
			throw new PhotoException("%s：图片文件过大：%,d 字节，最多 %,d 字节".formatted(name, content.length, this.maxSize));
		}
		FileSignature signature = FileSignature.of(content)
			.filter((type) -> type == FileSignature.JPEG || type == FileSignature.PNG)
			.orElseThrow(() -> new PhotoException(name + "：不是 JPEG 或 PNG 图片（按文件内容判断，不看扩展名）"));
		String format = (signature == FileSignature.JPEG) ? "jpeg" : "png";
		int orientation = format.equals("jpeg") ? orientation(content) : 1;
		BufferedImage image = decode(name, content, format);
		image = toSrgb(image);
		image = orient(image, orientation);
		List<Rendition> renditions = new ArrayList<>();
		try {
			for (int width : widths(image.getWidth())) {
				BufferedImage scaled = scale(image, width);
				renditions
					.add(new Rendition(PhotoFormat.JPEG, width, scaled.getHeight(), encode(scaled, PhotoFormat.JPEG)));
				if (this.webp) {
					renditions.add(new Rendition(PhotoFormat.WEBP, width, scaled.getHeight(),
							encode(scaled, PhotoFormat.WEBP)));
				}
			}
			return new PreparedPhoto(name, sha256(content), image.getWidth(), image.getHeight(), content.length,
					renditions, crops(image));
		}
		catch (IOException ex) {
			throw new PhotoException(name + "：无法生成图片（" + ex.getClass().getSimpleName() + "）");
		}
	}

	/**
	 * The middle of the picture at each of {@link PhotoCrop}'s aspect ratios, for search
	 * engines; none for a picture too small to give one Google would take.
	 */
	static List<PreparedPhoto.Crop> crops(BufferedImage image) throws IOException {
		List<PreparedPhoto.Crop> crops = new ArrayList<>();
		for (PhotoCrop crop : PhotoCrop.values()) {
			int[] size = crop.size(image.getWidth(), image.getHeight());
			if (size[0] < 1 || (long) size[0] * size[1] < PhotoCrop.MIN_PIXELS) {
				continue;
			}
			int[] region = crop.region(image.getWidth(), image.getHeight());
			BufferedImage middle = image.getSubimage((image.getWidth() - region[0]) / 2,
					(image.getHeight() - region[1]) / 2, region[0], region[1]);
			BufferedImage scaled = scale(middle, size[0]);
			crops.add(new PreparedPhoto.Crop(crop, scaled.getWidth(), scaled.getHeight(),
					encode(scaled, PhotoFormat.JPEG)));
		}
		return crops;
	}

	/** The widths to make for a picture this wide (after decoding), narrowest first. */
	static List<Integer> widths(int width) {
		List<Integer> widths = new ArrayList<>();
		for (int candidate : WIDTHS) {
			if (candidate < width) {
				widths.add(candidate);
			}
		}
		int top = Math.min(width, WIDTHS.get(WIDTHS.size() - 1));
		if (!widths.contains(top)) {
			widths.add(top);
		}
		return widths;
	}

	private BufferedImage decode(String name, byte[] content, String format) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			ImageReader reader = reader(input, format);
			if (reader == null) {
				throw new PhotoException(name + "：无法识别的图片");
			}
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (!ImageEncoding.withinBounds(width, height, MAX_PIXELS, MAX_SIDE)) {
					throw new PhotoException("%s：图片为 %d×%d 像素，最多 %,d 像素、每边最多 %,d 像素".formatted(name, width, height,
							MAX_PIXELS, MAX_SIDE));
				}
				List<String> warnings = new ArrayList<>();
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				ImageReadParam param = reader.getDefaultReadParam();
				int step = step(width, height);
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				if (!warnings.isEmpty()) {
					throw new PhotoException(name + "：图片不完整或已损坏（" + warnings.get(0) + "）");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoException refused) {
				throw refused;
			}
			throw new PhotoException(name + "：图片不完整或已损坏，无法读取（" + ex.getClass().getSimpleName() + "）");
		}
	}

	/**
	 * Every n-th pixel: enough for the widest rendition, and never more than
	 * {@link #DECODED_PIXELS} held.
	 */
	static int step(int width, int height) {
		int widest = WIDTHS.get(WIDTHS.size() - 1);
		// the longer side may become the width once the orientation is applied
		int step = Math.max(1, Math.min(width, height) / widest);
		while ((long) ceilDiv(width, step) * ceilDiv(height, step) > DECODED_PIXELS) {
			step++;
		}
		return step;
	}

	private static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
	}

	private static ImageReader reader(ImageInputStream input, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		// TwelveMonkeys registers itself first for JPEG: it reads CMYK and applies ICC
		// profiles, which the JDK's reader refuses or ignores
		return readers.hasNext() ? readers.next() : null;
	}

	/** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
	static int orientation(byte[] jpeg) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
			if (segments.isEmpty()) {
				return 1;
			}
			InputStream data = segments.get(0).data();
			// "Exif" is followed by two zero bytes, of which the segment reader skips one
			data.read();
			try (ImageInputStream exif = ImageIO.createImageInputStream(data)) {
				Directory directory = new TIFFReader().read(exif);
				Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
				if (entry != null && entry.getValue() instanceof Number number) {
					int value = number.intValue();
					return (value >= 1 && value <= 8) ? value : 1;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// unreadable metadata: the picture is shown as stored
		}
		return 1;
	}

	/** The picture as RGB in sRGB, transparency laid on white. */
	private static BufferedImage toSrgb(BufferedImage image) {
		BufferedImage source = image;
		if (!image.getColorModel().getColorSpace().isCS_sRGB() && !image.getColorModel().hasAlpha()) {
			BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(),
					BufferedImage.TYPE_INT_RGB);
			new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, converted);
			return converted;
		}
		if (source.getType() == BufferedImage.TYPE_INT_RGB) {
			return source;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
			graphics.drawImage(source, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	/** Turns the picture as its EXIF orientation says it was taken. */
	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform transform = new AffineTransform();
		switch (orientation) {
			case 2 -> {
				transform.translate(w, 0);
				transform.scale(-1, 1);
			}
			case 3 -> {
				transform.translate(w, h);
				transform.rotate(Math.PI);
			}
			case 4 -> {
				transform.translate(0, h);
				transform.scale(1, -1);
			}
			case 5 -> {
				transform.rotate(Math.PI / 2);
				transform.scale(1, -1);
			}
			case 6 -> {
				transform.translate(h, 0);
				transform.rotate(Math.PI / 2);
			}
			case 7 -> {
				transform.translate(h, w);
				transform.scale(-1, -1);
				transform.rotate(Math.PI / 2);
				transform.scale(1, -1);
			}
			default -> {
				transform.translate(0, w);
				transform.rotate(3 * Math.PI / 2);
			}
		}
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = turned.createGraphics();
		try {
			graphics.drawImage(image, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return turned;
	}

	/** Scaled down in halving steps, which keeps detail better than one bilinear step. */
	private static BufferedImage scale(BufferedImage image, int width) {
		BufferedImage current = image;
		int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
		while (current.getWidth() != width) {
			int nextWidth = Math.max(width, current.getWidth() / 2);
			int nextHeight = (nextWidth == width) ? height
					: Math.max(1, Math.round((float) current.getHeight() * nextWidth / current.getWidth()));
			BufferedImage next = new BufferedImage(nextWidth, nextHeight, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = next.createGraphics();
			try {
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
						RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				graphics.drawImage(current, 0, 0, nextWidth, nextHeight, null);
			}
			finally {
				graphics.dispose();
			}
			current = next;
		}
		return current;
	}

	static byte[] encode(BufferedImage image, PhotoFormat format) throws IOException {
		return ImageEncoding.encode(image, format.mediaType(),
				(format == PhotoFormat.WEBP) ? WEBP_QUALITY : JPEG_QUALITY);
	}

	static String sha256(byte[] content) {
		return ContentHash.sha256(content);
	}

}
