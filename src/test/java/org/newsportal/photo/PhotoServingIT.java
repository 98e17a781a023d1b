package org.newsportal.photo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsportal.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos served at the smallest heap the README allows: the site, at {@code -Xmx256m},
 * imports from its seeds folder a page with four 12-megapixel photos (camera-sized files
 * of several MB), and then every rendition and crop its article pages name is fetched
 * over HTTP, four at a time, while the site keeps answering.
 */
class PhotoServingIT {

	private static final Duration WAIT = Duration.ofMinutes(5);

	private static final int PHOTOS = 4;

	private static final Pattern PHOTO = Pattern.compile("/photos/[0-9a-f]{64}-(\\d+|16x9|4x3|1x1)\\.(jpg|webp)");

	@TempDir
	private Path dir;

	@Test
	void everyRenditionOfLargePhotosIsServedAtTheSmallestHeap() throws Exception {
		Path seeds = Files.createDirectories(this.dir.resolve("seeds"));
		StringBuilder page = new StringBuilder("---\ndate: 2024-03-12\n---\n\n");
		long bytes = 0;
		for (int i = 1; i <= PHOTOS; i++) {
			byte[] photo = TestPhotos.busy(4000, 3000, i);
			bytes += photo.length;
			Files.write(seeds.resolve("photo-" + i + ".jpg"), photo);
			page.append("# 第")
				.append(i)
				.append("条新闻\n\n本报讯 正文第")
				.append(i)
				.append("段。\n\n![现场照片")
				.append(i)
				.append("](photo-")
				.append(i)
				.append(".jpg)\n\n");
		}
		Files.writeString(seeds.resolve("2024-03-12-01-要闻.md"), page);

		int port = AppProcess.freePort();
		String base = "http://localhost:" + port;
		long started = System.nanoTime();
		try (AppProcess site = AppProcess.seeded(this.dir, seeds, port)) {
			site.awaitPage(base + "/", WAIT);
			site.awaitMatch(base + "/", Pattern.compile("(card-thumb)"), WAIT);
			double importSeconds = (System.nanoTime() - started) / 1e9;

			Set<String> articles = new TreeSet<>();
			Matcher links = Pattern.compile("href=\"(/articles/[^\"]+)\"").matcher(AppProcess.get(base + "/").body());
			while (links.find()) {
				articles.add(links.group(1));
			}
			assertThat(articles).hasSize(PHOTOS);
			Set<String> photos = new TreeSet<>();
			for (String article : articles) {
				HttpResponse<String> response = AppProcess.get(base + article);
				assertThat(response.statusCode()).as(article).isEqualTo(200);
				Matcher matcher = PHOTO.matcher(response.body());
				while (matcher.find()) {
					photos.add(matcher.group());
				}
			}
			// each photo: three widths in JPEG (and WebP where the encoder loads), three
			// crops
			boolean webp = photos.stream().anyMatch((photo) -> photo.endsWith(".webp"));
			assertThat(photos).hasSize(PHOTOS * (webp ? 9 : 6));

			HttpClient http = HttpClient.newHttpClient();
			Semaphore readers = new Semaphore(4);
			List<CompletableFuture<Void>> fetches = new ArrayList<>();
			long before = System.nanoTime();
			long[] served = new long[1];
			for (String photo : photos) {
				readers.acquire();
				fetches.add(http
					.sendAsync(HttpRequest.newBuilder(URI.create(base + photo)).timeout(Duration.ofSeconds(60)).build(),
							HttpResponse.BodyHandlers.ofByteArray())
					.thenAccept((response) -> {
						try {
							assertThat(response.statusCode()).as(photo).isEqualTo(200);
							assertThat(response.headers().firstValue("Content-Type")).as(photo)
								.hasValue(photo.endsWith(".webp") ? "image/webp" : "image/jpeg");
							byte[] body = response.body();
							if (photo.endsWith(".webp")) {
								assertThat(new String(body, 8, 4, java.nio.charset.StandardCharsets.US_ASCII))
									.isEqualTo("WEBP");
							}
							else {
								assertThat(body[0]).as(photo).isEqualTo((byte) 0xFF);
								assertThat(body[1]).as(photo).isEqualTo((byte) 0xD8);
							}
							synchronized (served) {
								served[0] += body.length;
							}
						}
						finally {
							readers.release();
						}
					}));
			}
			for (CompletableFuture<Void> fetch : fetches) {
				fetch.get();
			}
			double serveSeconds = (System.nanoTime() - before) / 1e9;

			assertThat(AppProcess.get(base + "/").statusCode()).isEqualTo(200);
			assertThat(AppProcess.get(base + articles.iterator().next()).statusCode()).isEqualTo(200);
			assertThat(site.process().isAlive()).as(site.log()).isTrue();
			assertThat(site.log()).doesNotContain("OutOfMemoryError");
			System.out.printf(
					"PhotoServingIT: %d photos of 4000×3000 (%,d bytes) imported at -Xmx256m within %.1f s of the JVM's "
							+ "start; %d renditions and crops (%,d bytes) served, four at a time, in %.1f s%n",
					PHOTOS, bytes, importSeconds, photos.size(), served[0], serveSeconds);
		}
	}

}
