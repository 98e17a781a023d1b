package org.newsportal.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.BulletinRepository;
import org.newsportal.photo.PhotoStore;
import org.newsportal.photo.TestPhotos;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures from the command line: beside the page in its folder, or packed with it in a
 * {@code .zip}; a zip bomb and a path out of the archive are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "portal.import-seeds=false")
class PhotoImportCommandTests {

	private static final String PAGE = "# 观摩会召开\n\n本报讯（记者张明）3月11日上午，观摩会召开。\n\n![会场](images/photo-1.jpg)\n\n![](photo-2.png)\n";

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private PhotoStore photos;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@AfterEach
	void emptyDatabase() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
	}

	@Test
	void picturesBesideThePageGoWithIt(@TempDir Path folder, @TempDir Path elsewhere) throws IOException {
		Files.writeString(folder.resolve("page.md"), PAGE + "\n![](../secret.jpg)\n\n![](link.jpg)\n");
		Files.createDirectories(folder.resolve("images"));
		Files.write(folder.resolve("images/photo-1.jpg"), TestPhotos.jpeg(1200, 800));
		Files.write(elsewhere.resolve("target.jpg"), TestPhotos.jpeg(600, 400, 9));
		Files.createSymbolicLink(folder.resolve("link.jpg"), elsewhere.resolve("target.jpg"));
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + folder.resolve("page.md")));

		assertThat(command.getExitCode()).isZero();
		assertThat(output()).contains("✔ page.md：已导入");
		String report = this.bulletins.findByName("page.md").orElseThrow().getReport();
		assertThat(report).contains("photo-2.png").contains("没有随稿件提供").contains("link.jpg").contains("符号链接");
		assertThat(this.photos.count()).isEqualTo(1);
		assertThat(this.articles.findAll().get(0).getHtml()).contains("<picture>").doesNotContain("secret");
	}

	@Test
	void aZipHoldsThePageAndItsPictures(@TempDir Path folder) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("版面/page.md", PAGE.getBytes(StandardCharsets.UTF_8));
		files.put("版面/images/photo-1.jpg", TestPhotos.jpeg(1200, 800));
		files.put("版面/photo-2.png", TestPhotos.png(640, 480));
		files.put("__MACOSX/版面/._page.md", new byte[] { 0 });
		Files.write(folder.resolve("page.zip"), TestPhotos.zip(files));
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + folder.resolve("page.zip")));

		assertThat(command.getExitCode()).isZero();
		assertThat(output()).contains("✔ page.md：已导入");
		assertThat(this.photos.count()).isEqualTo(2);
	}

	@Test
	void aZipBombOrAPathOutOfTheZipIsRefused(@TempDir Path folder) throws IOException {
		// 70 MB of zeros deflate to about 70 KB
		Files.write(folder.resolve("bomb.zip"), TestPhotos
			.zip(Map.of("page.md", PAGE.getBytes(StandardCharsets.UTF_8), "photo-1.jpg", new byte[70 * 1024 * 1024])));
		Files.write(folder.resolve("escape.zip"), TestPhotos
			.zip(Map.of("page.md", PAGE.getBytes(StandardCharsets.UTF_8), "../photo-1.jpg", TestPhotos.jpeg(10, 10))));
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + folder.resolve("bomb.zip"),
				"--import=" + folder.resolve("escape.zip")));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(output()).contains("✘ bomb.zip：").contains("压缩包过大").contains("✘ escape.zip：").contains("指向包外");
		assertThat(this.bulletins.count()).isZero();
		assertThat(this.photos.count()).isZero();
	}

	private ImportCommand command() {
		return new ImportCommand(this.importer, new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
