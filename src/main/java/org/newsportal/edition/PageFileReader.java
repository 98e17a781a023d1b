package org.newsportal.edition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.newsportal.media.ContentHash;
import org.newsportal.media.FileSignature;
import org.newsportal.media.ImageEncoding;

/**
 * Checks a page's PDF or image and makes its thumbnail. Plain Java, no Spring.
 * <p>
 * The type is taken from the content, never the name: a PDF starts with {@code %PDF-}, a
 * JPEG with {@code FF D8 FF}, a PNG with its eight-byte signature; anything else (SVG,
 * HTML, a PDF renamed {@code .jpg}) is refused. An image's size in pixels is read from
 * its header before anything is decoded, and one over {@link #MAX_PIXELS} is refused; it
 * is then decoded at a fraction of its size (every n-th pixel), so a thumbnail costs
 * memory in proportion to the thumbnail, not the image. A PDF's first page is drawn by
 * PDFBox, which only draws (it runs no script and opens no link), with its images
 * subsampled, its scratch data in a temporary file and one drawing at a time in the whole
 * process; a PDF PDFBox cannot draw is kept without a thumbnail.
 */
public final class PageFileReader {

	/**
	 * A 400 dpi scan of a broadsheet page is about 40 million pixels; a page image larger
	 * than that is not a page image.
	 */
	public static final long MAX_PIXELS = 40_000_000L;

	static final int THUMBNAIL_WIDTH = 320;

	/** A thumbnail taller than this (a strip of a page) is cut off. */
	static final int THUMBNAIL_MAX_HEIGHT = 960;

	/**
	 * One PDF drawn at a time, so a few editors uploading at once stay within the heap.
	 */
	private static final Semaphore DRAWING = new Semaphore(1);

	private final long maxSize;

	public PageFileReader(long maxSize) {
		this.maxSize = maxSize;
	}

	/**
	 * @throws PageFileException when the file is empty, too large, of another type or not
	 * what its first bytes claim
	 */
	public PreparedPageFile read(String name, byte[] content) {
		if (content == null || content.length == 0) {
			throw new PageFileException(name + "：文件是空的");
		}
		if (content.length > this.maxSize) {
			throw new PageFileException(
					"%s：文件过大：%,d 字节，版面 PDF 或图片最多 %,d 字节".formatted(name, content.length, this.maxSize));
		}
		FileSignature signature = FileSignature.of(content).orElse(null);
		if (signature == FileSignature.PDF) {
			return pdf(name, content);
		}
		if (signature == FileSignature.JPEG) {
			return image(name, content, "image/jpeg", "jpg", "jpeg");
		}
		if (signature == FileSignature.PNG) {
			return image(name, content, "image/png", "png", "png");
		}
		throw new PageFileException(name + "：只接受版面的 PDF、JPEG 或 PNG 文件（按文件内容判断，不看扩展名）");
	}

	/**
	 * Whether a file name is one a page's PDF or image may have, for pairing files with
	 * their bulletin by name; the content decides whether it really is one.
	 */
	public static boolean hasPageFileExtension(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".pdf") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png");
	}

	private PreparedPageFile pdf(String name, byte[] content) {
		List<String> notes = new ArrayList<>();
		byte[] thumbnail = null;
		int width = 0;
		int height = 0;
		DRAWING.acquireUninterruptibly();
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			if (document.getNumberOfPages() < 1) {
				throw new PageFileException(name + "：PDF 中没有任何页面");
			}
			PDRectangle box = document.getPage(0).getCropBox();
			width = Math.round(box.getWidth());
			height = Math.round(box.getHeight());
			if (width < 1 || height < 1) {
				notes.add(name + "：PDF 第一页的尺寸无效，未生成缩略图");
			}
			else {
				PDFRenderer renderer = new PDFRenderer(document);
				renderer.setSubsamplingAllowed(true);
				float scale = Math.min((float) THUMBNAIL_WIDTH / width, (float) THUMBNAIL_MAX_HEIGHT / height);
				thumbnail = jpeg(renderer.renderImage(0, scale, ImageType.RGB));
			}
		}
		catch (InvalidPasswordException ex) {
			throw new PageFileException(name + "：PDF 设有打开密码，读者无法阅读，请上传未加密的 PDF");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PageFileException refused) {
				throw refused;
			}
			// PDFBox could not read or draw it; a reader's viewer may still manage
			notes.add(name + "：无法读取 PDF 的第一页（" + ex.getClass().getSimpleName() + "），已保存但没有缩略图");
		}
		finally {
			DRAWING.release();
		}
		return new PreparedPageFile(name, PageFileKind.PDF, "application/pdf", "pdf", content, sha256(content), width,
				height, thumbnail, notes);
	}

	private PreparedPageFile image(String name, byte[] content, String mediaType, String extension, String format) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			ImageReader reader = reader(input, format);
			if (reader == null) {
				throw new PageFileException(name + "：无法识别的图片");
			}
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (!ImageEncoding.withinBounds(width, height, MAX_PIXELS, Integer.MAX_VALUE)) {
					throw new PageFileException("%s：图片为 %d×%d 像素，最多 %,d 像素".formatted(name, width, height, MAX_PIXELS));
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width / THUMBNAIL_WIDTH, height / THUMBNAIL_MAX_HEIGHT));
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage small = reader.read(0, param);
				return new PreparedPageFile(name, PageFileKind.IMAGE, mediaType, extension, content, sha256(content),
						width, height, jpeg(small), List.of());
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PageFileException refused) {
				throw refused;
			}
			throw new PageFileException(name + "：图片已损坏或无法读取（" + ex.getClass().getSimpleName() + "）");
		}
	}

	private static ImageReader reader(ImageInputStream input, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			try {
				for (String name : reader.getOriginatingProvider().getFormatNames()) {
					if (name.equalsIgnoreCase(format)) {
						return reader;
					}
				}
			}
			catch (RuntimeException ex) {
				// a provider without names: not ours
			}
			reader.dispose();
		}
		return null;
	}

	/** The image at the thumbnail's width, on white, as a JPEG. */
	static byte[] jpeg(BufferedImage image) throws IOException {
		int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
		int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
		height = Math.min(height, THUMBNAIL_MAX_HEIGHT);
		BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = thumbnail.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			int scaledHeight = Math.round((float) image.getHeight() * width / image.getWidth());
			graphics.drawImage(image, 0, 0, width, Math.max(1, scaledHeight), null);
		}
		finally {
			graphics.dispose();
		}
		return ImageEncoding.encode(thumbnail, "image/jpeg", 0.8f);
	}

	static String sha256(byte[] content) {
		return ContentHash.sha256(content);
	}

}
