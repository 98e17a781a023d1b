package org.newsportal.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhotoReaderTests {

	private final PhotoReader reader = new PhotoReader(20_000_000, PhotoReader.webpAvailable());

	@Test
	void aPhotoGetsItsWidthsInJpegAndWebp() throws IOException {
		PreparedPhoto photo = this.reader.read("photo-1.jpg", TestPhotos.jpeg(2000, 1500));
		assertThat(photo.width()).isEqualTo(2000);
		assertThat(photo.height()).isEqualTo(1500);
		assertThat(photo.sha256()).hasSize(64);
		List<Rendition> jpegs = photo.renditions().stream().filter((r) -> r.format() == PhotoFormat.JPEG).toList();
		assertThat(jpegs).extracting(Rendition::width).containsExactly(480, 960, 1600);
		assertThat(jpegs).extracting(Rendition::height).containsExactly(360, 720, 1200);
		BufferedImage largest = ImageIO.read(new ByteArrayInputStream(jpegs.get(2).data()));
		assertThat(largest.getWidth()).isEqualTo(1600);
		assertThat(largest.getHeight()).isEqualTo(1200);
		// the red quarter stays top left
		assertThat(new java.awt.Color(largest.getRGB(100, 100)).getRed()).isGreaterThan(200);
		assertThat(new java.awt.Color(largest.getRGB(1500, 1100)).getBlue()).isGreaterThan(200);
		assertThat(photo.ref().widths()).containsExactly(480, 960, 1600);
		if (PhotoReader.webpAvailable()) {
			List<Rendition> webps = photo.renditions().stream().filter((r) -> r.format() == PhotoFormat.WEBP).toList();
			assertThat(webps).extracting(Rendition::width).containsExactly(480, 960, 1600);
			assertThat(new String(webps.get(0).data(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
			assertThat(photo.ref().webp()).isTrue();
		}
	}

	@Test
	void searchEnginesGetTheMiddleOfThePictureAtSixteenNineFourThreeAndSquare() throws IOException {
		PreparedPhoto photo = this.reader.read("photo-1.jpg", TestPhotos.jpeg(2000, 1500));
		assertThat(photo.crops()).extracting(PreparedPhoto.Crop::crop)
			.containsExactly(PhotoCrop.WIDE, PhotoCrop.STANDARD, PhotoCrop.SQUARE);
		assertThat(photo.crops()).extracting(PreparedPhoto.Crop::width).containsExactly(1200, 1200, 1200);
		assertThat(photo.crops()).extracting(PreparedPhoto.Crop::height).containsExactly(675, 900, 1200);
		for (PreparedPhoto.Crop crop : photo.crops()) {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(crop.data()));
			assertThat(decoded.getWidth()).as(crop.crop().code()).isEqualTo(crop.width());
			assertThat(decoded.getHeight()).as(crop.crop().code()).isEqualTo(crop.height());
			// the red quarter stays top left, the blue one bottom right: the middle is
			// kept
			assertThat(new java.awt.Color(decoded.getRGB(20, 20)).getRed()).isGreaterThan(200);
			assertThat(new java.awt.Color(decoded.getRGB(crop.width() - 20, crop.height() - 20)).getBlue())
				.isGreaterThan(200);
		}
		// the square is the middle 1500 of 2000: a quarter of the red half is cut off
		assertThat(PhotoCrop.SQUARE.region(2000, 1500)).containsExactly(1500, 1500);
		assertThat(PhotoCrop.WIDE.region(2000, 1500)).containsExactly(2000, 1125);
		assertThat(PhotoCrop.WIDE.region(1000, 3000)).containsExactly(992, 558);
		assertThat(PhotoCrop.STANDARD.region(2000, 1333)).containsExactly(1776, 1332);
		assertThat(photo.ref().crops()).containsExactly(PhotoCrop.WIDE, PhotoCrop.STANDARD, PhotoCrop.SQUARE);
	}

	@Test
	void aPictureTooSmallForACropGetsNone() throws IOException {
		// 400×180: 16:9 is 320×180, over Google's 50,000 pixels; 4:3 is 240×180 and 1:1
		// 180×180, under them
		PreparedPhoto photo = this.reader.read("small.jpg", TestPhotos.jpeg(400, 180));
		assertThat(photo.crops()).extracting(PreparedPhoto.Crop::crop).containsExactly(PhotoCrop.WIDE);
		assertThat(photo.crops().get(0).height()).isEqualTo(180);
		assertThat(photo.ref().searchImages()).hasSize(2).last().asString().endsWith("-400.jpg");
		assertThat(this.reader.read("tiny.jpg", TestPhotos.jpeg(120, 90)).crops()).isEmpty();
	}

	@Test
	void aSmallPhotoIsKeptAtItsOwnWidthAndTransparencyGoesOnWhite() throws IOException {
		BufferedImage transparent = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
		PreparedPhoto photo = this.reader.read("logo.png", TestPhotos.encode(transparent, "png"));
		assertThat(photo.renditions()).filteredOn((r) -> r.format() == PhotoFormat.JPEG)
			.extracting(Rendition::width)
			.containsExactly(300);
		BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(photo.renditions().get(0).data()));
		assertThat(jpeg.getRGB(10, 10) & 0xFFFFFF).isGreaterThan(0xF0F0F0);
	}

	@Test
	void theExifOrientationIsAppliedAndNoMetadataIsKept() throws IOException {
		byte[] taken = TestPhotos.withExif(TestPhotos.jpeg(1200, 800), 6);
		assertThat(PhotoReader.orientation(taken)).isEqualTo(6);
		assertThat(contains(taken, "SpyPhone")).isTrue();
		PreparedPhoto photo = this.reader.read("phone.jpg", taken);
		// turned a quarter clockwise: portrait, the red quarter now top right
		assertThat(photo.width()).isEqualTo(800);
		assertThat(photo.height()).isEqualTo(1200);
		for (Rendition rendition : photo.renditions()) {
			assertThat(contains(rendition.data(), "Exif")).isFalse();
			assertThat(contains(rendition.data(), "SpyPhone")).isFalse();
		}
		Rendition jpeg = photo.rendition(PhotoFormat.JPEG, 800);
		BufferedImage shown = ImageIO.read(new ByteArrayInputStream(jpeg.data()));
		assertThat(shown.getWidth()).isEqualTo(800);
		assertThat(new java.awt.Color(shown.getRGB(700, 100)).getRed()).isGreaterThan(200);
		assertThat(new java.awt.Color(shown.getRGB(100, 100)).getBlue()).isGreaterThan(200);
	}

	@Test
	void everyOrientationGivesTheRightShape() {
		for (int orientation = 1; orientation <= 8; orientation++) {
			BufferedImage turned = PhotoReader.orient(TestPhotos.picture(40, 20), orientation);
			assertThat(turned.getWidth()).as("orientation %d", orientation).isEqualTo((orientation >= 5) ? 20 : 40);
			// the red quarter lands in one corner, nothing is lost off the edge
			int red = 0;
			for (int y = 0; y < turned.getHeight(); y++) {
				for (int x = 0; x < turned.getWidth(); x++) {
					red += ((turned.getRGB(x, y) & 0xFF0000) == 0xFF0000) ? 1 : 0;
				}
			}
			assertThat(red).as("orientation %d", orientation).isEqualTo(200);
		}
	}

	@Test
	void aCmykJpegIsConvertedToRgb() throws IOException {
		PreparedPhoto photo = this.reader.read("layout.jpg", TestPhotos.cmykJpeg(600, 400));
		assertThat(photo.width()).isEqualTo(600);
		BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(photo.rendition(PhotoFormat.JPEG, 480).data()));
		assertThat(jpeg.getColorModel().getNumComponents()).isEqualTo(3);
	}

	@Test
	void theTypeComesFromTheContentNotTheName() {
		assertThatExceptionOfType(PhotoException.class)
			.isThrownBy(() -> this.reader.read("photo.jpg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("photo.jpg")
			.withMessageContaining("不是 JPEG 或 PNG");
		assertThatExceptionOfType(PhotoException.class).isThrownBy(() -> this.reader.read("photo.jpg", new byte[0]))
			.withMessageContaining("空的");
		assertThatExceptionOfType(PhotoException.class)
			.isThrownBy(() -> new PhotoReader(1000, false).read("big.jpg", TestPhotos.jpeg(400, 300)))
			.withMessageContaining("过大");
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeader() {
		assertThatExceptionOfType(PhotoException.class)
			.isThrownBy(() -> this.reader.read("bomb.png", TestPhotos.pngHeader(20_000, 20_000)))
			.withMessageContaining("20000×20000")
			.withMessageContaining("最多");
		assertThatExceptionOfType(PhotoException.class)
			.isThrownBy(() -> this.reader.read("strip.png", TestPhotos.pngHeader(40_000, 10)))
			.withMessageContaining("每边最多");
	}

	@Test
	void aTruncatedFileIsRefused() {
		byte[] jpeg = TestPhotos.jpeg(800, 600, 7);
		assertThatExceptionOfType(PhotoException.class)
			.isThrownBy(() -> this.reader.read("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)))
			.withMessageContaining("cut.jpg")
			.withMessageContaining("不完整或已损坏");
		byte[] png = TestPhotos.png(800, 600);
		assertThatExceptionOfType(PhotoException.class)
			.isThrownBy(() -> this.reader.read("cut.png", Arrays.copyOf(png, png.length / 2)))
			.withMessageContaining("不完整或已损坏");
	}

	@Test
	void aLargePhotoIsDecodedAtAFractionOfItsSize() {
		// 2,000 × 1,250 decoded: still wider than the widest rendition, under 4 million
		// pixels
		assertThat(PhotoReader.step(8000, 5000)).isEqualTo(4);
		assertThat(PhotoReader.step(1000, 29_000)).isGreaterThanOrEqualTo(3);
		assertThat(PhotoReader.step(1200, 800)).isEqualTo(1);
		assertThat(PhotoReader.widths(300)).containsExactly(300);
		assertThat(PhotoReader.widths(1000)).containsExactly(480, 960, 1000);
		assertThat(PhotoReader.widths(960)).containsExactly(480, 960);
	}

	private static boolean contains(byte[] data, String text) {
		byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i + needle.length <= data.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (data[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
