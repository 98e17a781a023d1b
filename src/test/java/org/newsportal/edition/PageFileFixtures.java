package org.newsportal.edition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages' PDFs and images made on the spot, so no test depends on a binary in the
 * repository.
 */
public final class PageFileFixtures {

	private PageFileFixtures() {
	}

	/** A one-page PDF of a broadsheet's proportions with a few dark blocks on it. */
	public static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(new PDRectangle(842, 1191));
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
				content.addRect(60, 1050, 720, 80);
				content.fill();
				content.setNonStrokingColor(0.5f, 0.1f, 0.1f);
				content.addRect(60, 600, 340, 400);
				content.fill();
				// columns of text, as grey lines
				content.setNonStrokingColor(0.55f, 0.55f, 0.55f);
				for (int column = 0; column < 2; column++) {
					for (int line = 0; line < 40; line++) {
						content.addRect(440 + column * 175, 1000 - line * 24, 160, 8);
					}
				}
				for (int line = 0; line < 20; line++) {
					content.addRect(60, 560 - line * 24, 340, 8);
				}
				content.fill();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] png(int width, int height) {
		return image("png", width, height);
	}

	public static byte[] jpeg(int width, int height) {
		return image("jpeg", width, height);
	}

	private static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xF5F0E6));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(0x8B1A1A));
		graphics.fillRect(width / 10, height / 12, width * 8 / 10, height / 10);
		// a photo and columns of text, as grey lines
		graphics.setColor(new Color(0x6B7B8C));
		graphics.fillRect(width / 10, height / 4, width * 4 / 10, height / 4);
		graphics.setColor(new Color(0x999999));
		int line = Math.max(2, height / 120);
		for (int y = height / 4; y < height * 9 / 10; y += line * 3) {
			graphics.fillRect(width * 11 / 20, y, width * 7 / 20, line);
			if (y > height / 2 + line * 3) {
				graphics.fillRect(width / 10, y, width * 4 / 10, line);
			}
		}
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
