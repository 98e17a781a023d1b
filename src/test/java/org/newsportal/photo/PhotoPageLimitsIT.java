package org.newsportal.photo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsportal.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page at the bound the README advertises, at the smallest heap it allows: the site, at
 * {@code -Xmx256m}, imports from its seeds folder a page of 60 pictures (the most one
 * page may show), each wider than the widest rendition so that every width and every crop
 * is made, and busy enough that their renditions weigh a few megabytes a picture, more
 * than the heap can hold for a whole page. Beside it, a page whose last picture is
 * corrupt is refused and stores none of its pictures. Then the site still answers and
 * serves every picture of the stored page.
 */
class PhotoPageLimitsIT {

	private static final Duration WAIT = Duration.ofMinutes(8);

	private static final int PHOTOS = 60;

	private static final Pattern PHOTO = Pattern.compile("/photos/([0-9a-f]{64})-1600\\.jpg");

	private static final Pattern URL = Pattern.compile("\"url\":\"(/articles/[^\"]+)\"");

	@TempDir
	private Path dir;

	@Test
	void aPageOfSixtyLargePicturesIsImportedAtTheSmallestHeap() throws Exception {
		Path seeds = Files.createDirectories(this.dir.resolve("seeds"));
		long bytes = 0;
		StringBuilder page = new StringBuilder("---\ndate: 2024-03-12\n---\n\n");
		for (int i = 1; i <= PHOTOS; i++) {
			byte[] photo = TestPhotos.busy(1800, 1350, i);
			bytes += photo.length;
			Files.write(seeds.resolve("photo-" + i + ".jpg"), photo);
			page.append("# 第%d条图片新闻\n\n本报讯 正文第%d段。\n\n![现场照片%d](photo-%d.jpg)\n\n".formatted(i, i, i, i));
		}
		Files.writeString(seeds.resolve("2024-03-12-01-要闻.md"), page);
		// All or nothing: three good pictures of its own, then one cut short
		Path refused = Files.createDirectories(seeds.resolve("refused"));
		StringBuilder bad = new StringBuilder("---\ndate: 2024-03-13\n---\n\n");
		for (int i = 1; i <= 4; i++) {
			byte[] photo = TestPhotos.busy(1800, 1350, 100 + i);
			Files.write(refused.resolve("photo-" + i + ".jpg"),
					(i < 4) ? photo : java.util.Arrays.copyOf(photo, photo.length / 3));
			bad.append("# 第%d条坏图新闻\n\n本报讯 正文。\n\n![](photo-%d.jpg)\n\n".formatted(i, i));
		}
		Files.writeString(refused.resolve("2024-03-13-01-要闻.md"), bad);

		int port = AppProcess.freePort();
		String base = "http://localhost:" + port;
		long started = System.nanoTime();
		try (AppProcess site = AppProcess.seeded(this.dir, seeds, port)) {
			site.awaitPage(base + "/", WAIT);
			site.awaitMatch(base + "/api/articles?size=100", Pattern.compile("\"total\":(" + PHOTOS + ")\\b"), WAIT);
			double importSeconds = (System.nanoTime() - started) / 1e9;

			Set<String> articles = new TreeSet<>();
			Matcher links = URL.matcher(AppProcess.get(base + "/api/articles?size=100").body());
			while (links.find()) {
				articles.add(links.group(1));
			}
			assertThat(articles).hasSize(PHOTOS);
			// every article shows its own picture, and every rendition and crop of it is
			// served
			HttpClient http = HttpClient.newHttpClient();
			Set<String> photos = new TreeSet<>();
			long served = 0;
			for (String article : articles) {
				HttpResponse<String> response = AppProcess.get(base + article);
				assertThat(response.statusCode()).as(article).isEqualTo(200);
				Matcher matcher = PHOTO.matcher(response.body());
				assertThat(matcher.find()).as(article).isTrue();
				String sha256 = matcher.group(1);
				photos.add(sha256);
				for (String suffix : new String[] { "480.jpg", "960.jpg", "1600.jpg", "16x9.jpg", "4x3.jpg",
						"1x1.jpg" }) {
					HttpResponse<byte[]> picture = http
						.send(HttpRequest.newBuilder(URI.create(base + "/photos/" + sha256 + "-" + suffix))
							.timeout(Duration.ofSeconds(60))
							.build(), HttpResponse.BodyHandlers.ofByteArray());
					assertThat(picture.statusCode()).as(sha256 + "-" + suffix).isEqualTo(200);
					assertThat(picture.body()[0]).isEqualTo((byte) 0xFF);
					assertThat(picture.body()[1]).isEqualTo((byte) 0xD8);
					served += picture.body().length;
				}
			}
			assertThat(photos).hasSize(PHOTOS);

			long stored;
			try (Connection db = DriverManager.getConnection(
					"jdbc:h2:file:" + this.dir.resolve("data").resolve("portal").toAbsolutePath() + ";AUTO_SERVER=TRUE",
					"sa", "")) {
				// the refused page stored none of its three good pictures
				assertThat(count(db, "select count(*) from photo")).isEqualTo(PHOTOS);
				assertThat(count(db, "select count(*) from bulletin")).isEqualTo(1);
				assertThat(count(db, "select count(*) from photo_rendition where crop <> ''")).isEqualTo(3L * PHOTOS);
				stored = count(db, "select sum(octet_length(data)) from photo_rendition");
			}
			assertThat(AppProcess.get(base + "/").statusCode()).isEqualTo(200);
			assertThat(site.process().isAlive()).as(site.log()).isTrue();
			assertThat(site.log()).doesNotContain("OutOfMemoryError").contains("图片不完整或已损坏");
			System.out.printf(
					"PhotoPageLimitsIT: %d photos of 1800×1350 (%,d bytes) imported at -Xmx256m within %.1f s of the "
							+ "JVM's start; renditions and crops stored: %,d bytes; %,d bytes of JPEG served%n",
					PHOTOS, bytes, importSeconds, stored, served);
		}
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
