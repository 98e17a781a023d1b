package org.newsportal.photo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportException;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.ImportResult;
import org.newsportal.importer.PhotoFiles;
import org.newsportal.importer.PreparedBulletin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A bulletin with pictures imported and served over real HTTP: the article page's
 * {@code <picture>}, the renditions with their caching, and the photos kept once and
 * deleted with the last bulletin that shows them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "portal.import-seeds=false")
class PhotoImportTests {

	static final String PAGE = """
			---
			date: 2024-03-12
			---

			# 高新区召开项目观摩会

			本报讯（记者郭树勋）3月11日上午，高新区召开项目观摩会。

			![观摩团在车间参观](photo-1.jpg)

			与会人员先后观摩了五个项目。

			![](missing.jpg)

			![](photo-2.jpg)
			工人在生产线上操作机器。本报记者 付凯明 摄
			""";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private PhotoStore photos;

	@Autowired
	private PhotoLibrary library;

	@BeforeEach
	@AfterEach
	void emptyDatabase() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
		// and any photo a test stored ahead of a bulletin and left unlinked
		this.photos.sweep(java.time.Instant.now().plus(java.time.Duration.ofDays(1)));
	}

	@Test
	void anArticleShowsItsPicturesFromTheirRenditions() throws Exception {
		ImportResult result = this.importer.store(prepare("page.md", PAGE,
				Map.of("photo-1.jpg", TestPhotos.jpeg(2000, 1333), "photo-2.jpg", TestPhotos.jpeg(1200, 900, 1))));
		assertThat(result.report().warnings()).anyMatch((warning) -> warning.contains("missing.jpg"));
		assertThat(result.report().files()).anyMatch((file) -> file.startsWith("图片：photo-1.jpg，2000×1333"));
		assertThat(this.photos.count()).isEqualTo(2);

		Document article = page("/articles/" + result.slugs().get(0));
		List<Element> pictures = article.select(".article-body picture");
		assertThat(pictures).hasSize(1);
		Element figure = article.selectFirst(".article-body figure.photo");
		assertThat(figure.selectFirst("figcaption").text()).isEqualTo("观摩团在车间参观");
		Element img = figure.selectFirst("img");
		assertThat(img.attr("alt")).isEqualTo("观摩团在车间参观");
		assertThat(img.attr("width")).isEqualTo("1600");
		assertThat(img.attr("height")).isEqualTo("1066");
		assertThat(img.attr("src")).matches("/photos/[0-9a-f]{64}-1600\\.jpg");
		assertThat(img.attr("srcset")).contains("-480.jpg 480w", "-960.jpg 960w", "-1600.jpg 1600w");
		assertThat(img.attr("sizes")).isNotBlank();
		// the item's first picture is not lazy: it is what the reader sees first
		assertThat(img.hasAttr("loading")).isFalse();
		assertThat(article.select(".article-body img[src*=missing]")).isEmpty();

		HttpResponse<byte[]> jpeg = get(img.attr("src"));
		assertThat(jpeg.statusCode()).isEqualTo(200);
		assertThat(jpeg.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(jpeg.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
		assertThat(jpeg.headers().firstValue("X-Page-Cache")).isEmpty();
		assertThat(jpeg.body()[0]).isEqualTo((byte) 0xFF);
		String etag = jpeg.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = this.http.send(
				HttpRequest.newBuilder(URI.create(url(img.attr("src")))).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(again.statusCode()).isEqualTo(304);
		if (PhotoReader.webpAvailable()) {
			Element source = figure.selectFirst("source[type=image/webp]");
			assertThat(source.attr("srcset")).contains("-960.webp 960w");
			HttpResponse<byte[]> webp = get(source.attr("srcset").split(" ")[0]);
			assertThat(webp.statusCode()).isEqualTo(200);
			assertThat(webp.headers().firstValue("Content-Type")).hasValue("image/webp");
		}
		assertThat(get("/photos/" + "0".repeat(64) + "-480.jpg").statusCode()).isEqualTo(404);
		assertThat(get("/photos/..%2Fetc-480.jpg").statusCode()).isIn(400, 404);

		// sharing cards and search engines get the widest rendition
		assertThat(article.selectFirst("meta[property=og:image]").attr("content"))
			.isEqualTo("http://localhost:" + this.port + img.attr("src"));
		assertThat(article.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("观摩团在车间参观");
		assertThat(article.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		// search engines: the crops Google's article data asks for, then the picture as
		// taken
		String site = "http://localhost:" + this.port;
		String sha = img.attr("src").substring("/photos/".length(), "/photos/".length() + 64);
		assertThat(article.selectFirst("script[type=application/ld+json]").data()).contains(
				"\"image\":[\"%1$s/photos/%2$s-16x9.jpg\",\"%1$s/photos/%2$s-4x3.jpg\",\"%1$s/photos/%2$s-1x1.jpg\",\"%1$s%3$s\"]"
					.formatted(site, sha, img.attr("src")));
		for (Map.Entry<String, int[]> crop : Map
			.of("16x9", new int[] { 1200, 675 }, "4x3", new int[] { 1200, 900 }, "1x1", new int[] { 1200, 1200 })
			.entrySet()) {
			HttpResponse<byte[]> response = get("/photos/" + sha + "-" + crop.getKey() + ".jpg");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
			assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
			java.awt.image.BufferedImage decoded = javax.imageio.ImageIO
				.read(new java.io.ByteArrayInputStream(response.body()));
			assertThat(new int[] { decoded.getWidth(), decoded.getHeight() }).as(crop.getKey())
				.containsExactly(crop.getValue());
		}
		assertThat(get("/photos/" + sha + "-16x9.webp").statusCode()).isEqualTo(404);
		assertThat(get("/photos/" + sha + "-2x1.jpg").statusCode()).isEqualTo(404);

		// lists show the narrowest rendition beside the headline
		Document front = page("/");
		Element thumb = front.selectFirst(".card-thumb img");
		assertThat(thumb.attr("src")).matches("/photos/[0-9a-f]{64}-480\\.jpg");
		assertThat(thumb.attr("loading")).isEqualTo("lazy");
		assertThat(front.select(".card-thumb img")).hasSize(1);
		// the lead story's picture is shown large, and not lazily
		Element lead = front.selectFirst(".lead-photo img");
		assertThat(lead.attr("srcset")).contains("-480.jpg 480w", "-960.jpg 960w");
		assertThat(lead.hasAttr("loading")).isFalse();
		assertThat(page("/dates/2024-03-11").select(".card-thumb")).isNotEmpty();

		// feeds carry it as an enclosure, and the body's pictures at absolute addresses
		String rss = new String(get("/feed.rss").body(), StandardCharsets.UTF_8);
		assertThat(rss).containsPattern("<enclosure url=\"http://localhost:\\d+/photos/[0-9a-f]{64}-1600\\.jpg\" "
				+ "length=\"\\d{4,}\" type=\"image/jpeg\"");
		assertThat(rss).doesNotContain("&quot;/photos/");

		// the photo item keeps the picture beside its caption, lazily loaded it is not
		Document photoItem = page("/articles/" + result.slugs().get(1));
		assertThat(photoItem.selectFirst("h1").text()).doesNotContain("!").doesNotContain("photo-2");
		Element credit = photoItem.selectFirst(".photo-credit");
		assertThat(credit.text()).isEqualTo("本报记者 付凯明 摄");
		assertThat(credit.selectFirst("a").attr("href")).isEqualTo("/reporters/%E4%BB%98%E5%87%AF%E6%98%8E");
		Element photoImg = photoItem.selectFirst(".article-body picture img");
		assertThat(photoImg.attr("src")).matches("/photos/[0-9a-f]{64}-1200\\.jpg");
	}

	@Test
	void everyListShowsTheSameThumbnailBesideTheHeadline() throws Exception {
		ImportResult result = this.importer.store(prepare("2024-03-12-02-要闻.md", PAGE,
				Map.of("photo-1.jpg", TestPhotos.jpeg(2000, 1333), "photo-2.jpg", TestPhotos.jpeg(1200, 900, 1))));
		String article = "/articles/" + result.slugs().get(0);
		String photoItem = "/articles/" + result.slugs().get(1);

		for (String path : List.of("/search?q=%E8%A7%82%E6%91%A9", "/reporters/%E9%83%AD%E6%A0%91%E5%8B%8B",
				"/issues/2024-03-12", "/issues/pages/%E8%A6%81%E9%97%BB", "/issues/2024-03-12/02", "/")) {
			Document page = page(path);
			Element item = page.selectFirst("li:has(a[href=" + article + "])");
			assertThat(item).as(path).isNotNull();
			Element thumb = item.selectFirst(".card-thumb img");
			assertThat(thumb).as(path).isNotNull();
			assertThat(thumb.attr("src")).as(path).matches("/photos/[0-9a-f]{64}-480\\.jpg");
			assertThat(thumb.attr("srcset")).as(path).contains("-480.jpg 480w", "-1600.jpg 1600w");
			assertThat(thumb.attr("sizes")).as(path).isEqualTo("7.5rem");
			assertThat(thumb.attr("width")).as(path).isEqualTo("480");
			assertThat(thumb.attr("height")).as(path).isEqualTo("320");
			assertThat(thumb.attr("loading")).as(path).isEqualTo("lazy");
			// the words the Markdown gives the picture
			assertThat(thumb.attr("alt")).as(path).isEqualTo("观摩团在车间参观");
			if (PhotoReader.webpAvailable()) {
				assertThat(thumb.parent().selectFirst("source[type=image/webp]").attr("srcset")).as(path)
					.contains("-480.webp 480w");
			}
			// the photo item's picture has no alt text of its own: its caption stands for
			// it
			Element photo = page.selectFirst("li:has(a[href=" + photoItem + "])");
			if (photo != null) {
				Element photoThumb = photo.selectFirst(".card-thumb img");
				assertThat(photoThumb.attr("alt")).as(path).isNotBlank();
			}
		}
	}

	@Test
	void aPhotoIsKeptOnceAndGoesWithTheLastBulletinShowingIt() {
		byte[] photo = TestPhotos.jpeg(1000, 750, 2);
		String page = "# 甲\n\n正文。\n\n![](a.jpg)\n";
		this.importer.store(prepare("a.md", page, Map.of("a.jpg", photo)));
		this.importer.store(prepare("b.md", page.replace("甲", "乙"), Map.of("a.jpg", photo)));
		assertThat(this.photos.count()).isEqualTo(1);
		this.importer.delete("a.md");
		assertThat(this.photos.count()).isEqualTo(1);
		// replaced by a page with another picture: the first goes, nothing shows it
		this.importer.store(prepare("b.md", page.replace("甲", "乙"), Map.of("a.jpg", TestPhotos.jpeg(1000, 750, 3))));
		assertThat(this.photos.count()).isEqualTo(1);
		this.importer.delete("b.md");
		assertThat(this.photos.count()).isZero();
	}

	@Test
	void aFileThatIsNoImageRefusesTheBulletinAndStoresNothing() {
		byte[] truncated = java.util.Arrays.copyOf(TestPhotos.jpeg(800, 600, 4), 900);
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> prepare("bad.md", "# 甲\n\n正文。\n\n![](good.jpg)\n\n![](cut.jpg)\n",
					Map.of("good.jpg", TestPhotos.jpeg(800, 600), "cut.jpg", truncated)))
			.withMessageContaining("cut.jpg")
			.withMessageContaining("不完整或已损坏");
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> prepare("bad.md", "# 甲\n\n正文。\n\n![](x.jpg)\n",
					Map.of("x.jpg", "<html>".getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("不是 JPEG 或 PNG");
		assertThat(this.bulletins.count()).isZero();
		assertThat(this.photos.count()).isZero();
	}

	@Test
	void aBulletinRefusedAsItIsStoredLeavesNoneOfTheNewPhotosStoredAheadOfIt() {
		byte[] shared = TestPhotos.jpeg(1000, 750, 5);
		this.importer.store(prepare("2024-03-12-01-要闻.md", "# 甲\n\n正文。\n\n![](a.jpg)\n", Map.of("a.jpg", shared)));
		assertThat(this.photos.count()).isEqualTo(1);
		// the same printed page under another name: refused in the storing transaction,
		// after its pictures were stored ahead of it
		PreparedBulletin clash = prepare("2024-03-12-01-另版.md", "# 乙\n\n正文。\n\n![](a.jpg)\n\n![](b.jpg)\n",
				Map.of("a.jpg", shared, "b.jpg", TestPhotos.jpeg(1100, 825)));
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.importer.store(clash))
			.withMessageContaining("已由「2024-03-12-01-要闻.md」占用");
		clash.close();
		// the new one is gone again, the one the first page shows is kept
		assertThat(this.photos.count()).isEqualTo(1);
		assertThat(this.bulletins.count()).isEqualTo(1);
		assertThat(this.photos.idOf(org.newsportal.media.ContentHash.sha256(shared))).isPresent();
	}

	@Test
	void aPreparedPhotoWaitsInASpoolFileNotTheHeap() {
		try (PreparedPhoto photo = this.library.prepare("a.jpg", TestPhotos.jpeg(2000, 1500))) {
			assertThat(photo.weight()).isZero();
			assertThat(photo.encodedSize()).isPositive();
			byte[] jpeg = photo.rendition(PhotoFormat.JPEG, 480).data();
			assertThat(jpeg[0]).isEqualTo((byte) 0xFF);
			assertThat(jpeg[1]).isEqualTo((byte) 0xD8);
			photo.close();
			assertThatExceptionOfType(java.io.UncheckedIOException.class)
				.isThrownBy(() -> photo.rendition(PhotoFormat.JPEG, 480).data());
		}
	}

	@Test
	void theSweepDeletesOnlyPhotosLeftUnlinkedForAnHour() {
		java.time.Instant now = java.time.Instant.now();
		try (PreparedPhoto old = this.library.prepare("old.jpg", TestPhotos.jpeg(600, 450));
				PreparedPhoto fresh = this.library.prepare("fresh.jpg", TestPhotos.jpeg(640, 480))) {
			assertThat(this.photos.saveAhead(old, now.minus(java.time.Duration.ofHours(2)))).isPresent();
			assertThat(this.photos.saveAhead(fresh, now)).isPresent();
			// stored before, by a page that shows it: kept however old
			this.importer
				.store(prepare("a.md", "# 甲\n\n正文。\n\n![](a.jpg)\n", Map.of("a.jpg", TestPhotos.jpeg(680, 510))));
			assertThat(this.photos.count()).isEqualTo(3);
			assertThat(this.photos.sweep(now.minus(PhotoSweep.AGE))).isEqualTo(1);
			assertThat(this.photos.idOf(old.sha256())).isEmpty();
			assertThat(this.photos.idOf(fresh.sha256())).isPresent();
			assertThat(this.photos.count()).isEqualTo(2);
			this.photos.deleteUnused(List.of(this.photos.idOf(fresh.sha256()).get()));
			assertThat(this.photos.count()).isEqualTo(1);
		}
	}

	private PreparedBulletin prepare(String name, String text, Map<String, byte[]> files) {
		return this.importer.prepare(new ImportRequest(name, text.getBytes(StandardCharsets.UTF_8), null, null, "test"),
				List.of(), PhotoFiles.of(files));
	}

	private Document page(String path) throws Exception {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
