package org.newsportal.edition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.newsportal.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits the README states for a page's files, survived at {@code -Xmx256m}: the site
 * imports from its seeds folder a page with a PDF just under 20 MB (a photo of noise,
 * which does not compress), and pages with a PNG and a JPEG of 40 million pixels, makes
 * their thumbnails, and then serves the PDF to four readers at once.
 */
class PageFileLimitsIT {

	private static final Duration WAIT = Duration.ofMinutes(3);

	private static final long LIMIT = 20L * 1024 * 1024;

	@TempDir
	private Path dir;

	@Test
	void theLargestFilesAllowedGoInAndOutAtTheSmallestHeap() throws Exception {
		Path seeds = Files.createDirectories(this.dir.resolve("seeds"));
		Files.writeString(seeds.resolve("2024-03-12-01-要闻.md"), "# 要闻\n\n正文。\n");
		Files.writeString(seeds.resolve("2024-03-12-02-经济.md"), "# 经济\n\n正文。\n");
		Files.writeString(seeds.resolve("2024-03-12-03-文化.md"), "# 文化\n\n正文。\n");
		byte[] pdf = pdfJustUnder(LIMIT - 200_000);
		Files.write(seeds.resolve("2024-03-12-01-要闻.pdf"), pdf);
		Files.write(seeds.resolve("2024-03-12-02-经济.png"), image("png", 5000, 8000));
		Files.write(seeds.resolve("2024-03-12-03-文化.jpg"), image("jpeg", 5000, 8000));

		int port = AppProcess.freePort();
		String base = "http://localhost:" + port;
		long started = System.nanoTime();
		try (AppProcess site = AppProcess.seeded(this.dir, seeds, port)) {
			site.awaitPage(base + "/", WAIT);
			site.awaitMatch(base + "/api/issues/2024-03-12", Pattern.compile("(03\\.thumb\\.jpg)"), WAIT);
			double importSeconds = (System.nanoTime() - started) / 1e9;
			JsonNode issue = JsonMapper.builder()
				.build()
				.readTree(AppProcess.get(base + "/api/issues/2024-03-12").body());
			JsonNode pages = issue.path("editions").get(0).path("pages");
			assertThat(pages).hasSize(3).allSatisfy((page) -> assertThat(page.path("thumbnail").isString()).isTrue());
			String url = base + pages.get(0).path("pdf").path("url").asString();

			HttpClient http = HttpClient.newHttpClient();
			List<CompletableFuture<Long>> downloads = new ArrayList<>();
			long before = System.nanoTime();
			for (int reader = 0; reader < 4; reader++) {
				downloads.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(),
						HttpResponse.BodyHandlers.ofInputStream())
					.thenApply((response) -> {
						try (InputStream body = response.body()) {
							return body.transferTo(java.io.OutputStream.nullOutputStream());
						}
						catch (IOException ex) {
							return -1L;
						}
					}));
			}
			for (CompletableFuture<Long> download : downloads) {
				assertThat(download.get()).isEqualTo(pdf.length);
			}
			double downloadSeconds = (System.nanoTime() - before) / 1e9;
			assertThat(site.process().isAlive()).as(site.log()).isTrue();
			assertThat(site.log()).doesNotContain("OutOfMemoryError");
			System.out.printf(
					"PageFileLimitsIT: a %,d-byte PDF and two 40-megapixel images imported with thumbnails at -Xmx256m "
							+ "within %.1f s of the JVM's start; four readers downloaded the PDF in %.1f s%n",
					pdf.length, importSeconds, downloadSeconds);
		}
	}

	/**
	 * One page with a photo of noise (a JPEG does not shrink it) and padding to the size.
	 */
	private static byte[] pdfJustUnder(long size) throws IOException {
		byte[] photo = image("jpeg-noise", 2400, 3400);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(new PDRectangle(842, 1191));
			document.addPage(page);
			PDImageXObject image = JPEGFactory.createFromByteArray(document, photo);
			PDResources resources = new PDResources();
			COSName name = resources.add(image);
			page.setResources(resources);
			byte[] draw = ("q 842 0 0 1191 0 0 cm /" + name.getName() + " Do Q\n").getBytes(StandardCharsets.US_ASCII);
			long padding = Math.max(0, size - photo.length - 4096);
			byte[] comment = new byte[(int) padding];
			java.util.Arrays.fill(comment, (byte) 'x');
			comment[0] = '%';
			comment[comment.length - 1] = '\n';
			page.setContents(List.of(new PDStream(document, new ByteArrayInputStream(draw)),
					new PDStream(document, new ByteArrayInputStream(comment))));
			document.save(out);
			byte[] bytes = out.toByteArray();
			assertThat((long) bytes.length).as("just under the limit").isBetween(size - 100_000, LIMIT);
			return bytes;
		}
	}

	private static byte[] image(String kind, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		if (kind.equals("jpeg-noise")) {
			Random random = new Random(1);
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					image.setRGB(x, y, random.nextInt());
				}
			}
		}
		else {
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(new Color(0xF5F0E6));
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(new Color(0x8B1A1A));
			graphics.fillRect(width / 10, height / 12, width * 8 / 10, height / 10);
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, kind.startsWith("jpeg") ? "jpeg" : kind, out);
		return out.toByteArray();
	}

}
