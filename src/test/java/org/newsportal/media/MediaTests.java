package org.newsportal.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTests {

	@Test
	void aFileIsToldByItsFirstBytes() {
		assertThat(FileSignature.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileSignature.PDF);
		assertThat(FileSignature.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains(FileSignature.JPEG);
		assertThat(FileSignature.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 }))
			.contains(FileSignature.PNG);
		// too short, one byte off, or a name that says otherwise: nothing
		assertThat(FileSignature.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(FileSignature.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, 'x' })).isEmpty();
		assertThat(FileSignature.of("<svg>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(FileSignature.of(new byte[0])).isEmpty();
		assertThat(FileSignature.of(null)).isEmpty();
	}

	@Test
	void theHashIsTheContentsSha256() {
		assertThat(ContentHash.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void aJpegIsEncodedAtTheQualityAsked() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | ((x ^ y) * 3));
			}
		}
		byte[] low = ImageEncoding.encode(image, "image/jpeg", 0.3f);
		byte[] high = ImageEncoding.encode(image, "image/jpeg", 0.95f);
		assertThat(FileSignature.of(high)).contains(FileSignature.JPEG);
		assertThat(low.length).isLessThan(high.length);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(high));
		assertThat(decoded.getWidth()).isEqualTo(64);
		assertThat(decoded.getHeight()).isEqualTo(48);
	}

	@Test
	void aHeaderIsBoundedInPixelsAndSides() {
		assertThat(ImageEncoding.withinBounds(4000, 3000, 40_000_000, 30_000)).isTrue();
		assertThat(ImageEncoding.withinBounds(8000, 5001, 40_000_000, 30_000)).isFalse();
		assertThat(ImageEncoding.withinBounds(30_001, 10, 40_000_000, 30_000)).isFalse();
		assertThat(ImageEncoding.withinBounds(0, 10, 40_000_000, 30_000)).isFalse();
		// no overflow for a header claiming the largest sides
		assertThat(ImageEncoding.withinBounds(Integer.MAX_VALUE, Integer.MAX_VALUE, 40_000_000, Integer.MAX_VALUE))
			.isFalse();
	}

}
