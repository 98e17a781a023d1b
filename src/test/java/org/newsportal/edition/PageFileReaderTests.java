package org.newsportal.edition;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageFileReaderTests {

	private final PageFileReader reader = new PageFileReader(5_000_000);

	@Test
	void aPdfIsKeptWithAThumbnailOfItsFirstPage() throws IOException {
		PreparedPageFile file = this.reader.read("page.pdf", PageFileFixtures.pdf());
		assertThat(file.kind()).isEqualTo(PageFileKind.PDF);
		assertThat(file.mediaType()).isEqualTo("application/pdf");
		assertThat(file.width()).isEqualTo(842);
		assertThat(file.sha256()).hasSize(64);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(file.thumbnail()));
		assertThat(thumbnail.getWidth()).isEqualTo(PageFileReader.THUMBNAIL_WIDTH);
		assertThat(thumbnail.getHeight()).isBetween(450, 455);
		// the dark headline block is drawn near the top
		assertThat(thumbnail.getRGB(160, 30) & 0xFF).isLessThan(80);
		assertThat(file.notes()).isEmpty();
	}

	@Test
	void anImageIsDecodedSmallForItsThumbnail() throws IOException {
		PreparedPageFile file = this.reader.read("page.png", PageFileFixtures.png(2400, 3600));
		assertThat(file.kind()).isEqualTo(PageFileKind.IMAGE);
		assertThat(file.mediaType()).isEqualTo("image/png");
		assertThat(file.extension()).isEqualTo("png");
		assertThat(file.width()).isEqualTo(2400);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(file.thumbnail()));
		assertThat(thumbnail.getWidth()).isEqualTo(PageFileReader.THUMBNAIL_WIDTH);
		assertThat(thumbnail.getHeight()).isEqualTo(480);
		PreparedPageFile jpeg = this.reader.read("page.jpg", PageFileFixtures.jpeg(800, 1200));
		assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
	}

	@Test
	void theTypeComesFromTheContentNotTheName() {
		assertThatExceptionOfType(PageFileException.class)
			.isThrownBy(() -> this.reader.read("page.pdf", "<html><script>alert(1)</script>".getBytes()))
			.withMessageContaining("按文件内容判断");
		assertThatExceptionOfType(PageFileException.class).isThrownBy(() -> this.reader.read("page.png",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
		PreparedPageFile renamed = this.reader.read("page.jpg", PageFileFixtures.pdf());
		assertThat(renamed.kind()).isEqualTo(PageFileKind.PDF);
	}

	@Test
	void anImageOverThePixelBoundIsRefusedBeforeDecoding() {
		// A PNG header claiming 10,000 × 10,000 pixels, with no image data behind it:
		// decoding it would fail, so a refusal by size shows the header alone was read
		byte[] png = PageFileFixtures.png(10, 10);
		byte[] header = Arrays.copyOf(png, 33);
		writeInt(header, 16, 10_000);
		writeInt(header, 20, 10_000);
		assertThatExceptionOfType(PageFileException.class).isThrownBy(() -> this.reader.read("huge.png", header))
			.withMessageContaining("10000×10000");
	}

	@Test
	void aFileOverTheSizeBoundIsRefused() {
		byte[] big = Arrays.copyOf(PageFileFixtures.pdf(), 5_000_001);
		assertThatExceptionOfType(PageFileException.class).isThrownBy(() -> this.reader.read("big.pdf", big))
			.withMessageContaining("文件过大");
	}

	@Test
	void aBrokenPdfIsKeptWithoutAThumbnailAndSaysSo() {
		byte[] broken = "%PDF-1.7\nnothing else".getBytes(StandardCharsets.US_ASCII);
		PreparedPageFile file = this.reader.read("broken.pdf", broken);
		assertThat(file.thumbnail()).isNull();
		assertThat(file.notes()).singleElement().asString().contains("没有缩略图");
	}

	@Test
	void aBrokenImageIsRefused() {
		byte[] broken = Arrays.copyOf(PageFileFixtures.jpeg(200, 300), 40);
		assertThatExceptionOfType(PageFileException.class).isThrownBy(() -> this.reader.read("broken.jpg", broken));
	}

	private static void writeInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) (value >>> 24);
		bytes[at + 1] = (byte) (value >>> 16);
		bytes[at + 2] = (byte) (value >>> 8);
		bytes[at + 3] = (byte) value;
	}

}
