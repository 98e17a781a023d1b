package org.newsportal.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.BulletinRepository;
import org.newsportal.edition.PageFileFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "portal.import-seeds=false")
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandTests {

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private BulletinRepository bulletins;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void importsFilesAndFoldersAndSaysWhatFailed(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("good.md"), "# 好标题\n\n本报讯（记者张明）3月1日上午，会议召开。\n");
		Files.writeString(folder.resolve("empty.txt"), "  \n");
		Files.writeString(folder.resolve("notes.pdf"), "not a bulletin");
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + folder, "--import=" + folder.resolve("missing.md")));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(output()).contains("✔ good.md")
			.contains("✘ empty.txt")
			.contains("missing.md")
			.doesNotContain("notes.pdf");
		assertThat(this.articles.findAll()).extracting((article) -> article.getTitle()).contains("好标题");
	}

	@Test
	void aPagesPdfAndImageBesideItGoWithIt(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("2024-03-12-05-文化.md"), "# 文化新闻\n\n本报讯（记者张明）3月11日上午，展览开幕。\n");
		Files.write(folder.resolve("2024-03-12-05-文化.pdf"), PageFileFixtures.pdf());
		Files.write(folder.resolve("2024-03-12-05-文化.jpg"), PageFileFixtures.jpeg(300, 450));
		Files.writeString(folder.resolve("2024-03-12-06.md"), "# 体育新闻\n\n正文。\n");
		Files.writeString(folder.resolve("2024-03-12-06.png"), "not an image");
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + folder));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(output()).contains("✔ 2024-03-12-05-文化.md：已导入")
			.contains("附版面图片、版面 PDF")
			.contains("✘ 2024-03-12-06.md：2024-03-12-06.png：只接受版面的 PDF、JPEG 或 PNG 文件");
		assertThat(this.bulletins.findByName("2024-03-12-06.md")).isEmpty();
		this.importer.delete("2024-03-12-05-文化.md");
	}

	@Test
	void badFilesAreRefusedWithTheProblemAndNothingStored(@TempDir Path folder) throws IOException {
		Files.write(folder.resolve("binary.md"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 });
		Files.write(folder.resolve("latin.txt"),
				new byte[] { '#', ' ', 'C', 'a', 'f', (byte) 0xe9, (byte) 0xff, '\n' });
		Files.writeString(folder.resolve("plain.md"), "只有正文，没有标题。\n");
		Files.writeString(folder.resolve("nested.md"), "# 标题\n\n正文。\n\n" + ">".repeat(3000) + " 深\n");
		long before = this.articles.count();
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + folder));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(output()).contains("✘ binary.md：文件包含 NUL 字节")
			.contains("✘ latin.txt：文件编码无法识别")
			.contains("✘ plain.md：没有找到标题")
			.contains("✘ nested.md 第 5 行：Markdown 引用嵌套过深")
			.contains("失败 4");
		assertThat(this.articles.count()).isEqualTo(before);
	}

	@Test
	void symbolicLinksAreRefusedAndNotFollowed(@TempDir Path folder, @TempDir Path elsewhere) throws IOException {
		Path outside = Files.writeString(elsewhere.resolve("outside.md"), "# 文件夹外的稿件\n\n正文。\n");
		Files.createDirectories(elsewhere.resolve("more"));
		Files.writeString(elsewhere.resolve("more/deep.md"), "# 链接文件夹里的稿件\n\n正文。\n");
		Files.createSymbolicLink(folder.resolve("link.md"), outside);
		Files.createSymbolicLink(folder.resolve("linked-folder"), elsewhere.resolve("more"));
		Files.writeString(folder.resolve("real.md"), "# 真正的稿件\n\n正文。\n");
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + folder, "--import=" + folder.resolve("link.md")));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(output()).contains("✔ real.md").contains("link.md：" + BulletinFiles.LINK_REFUSED);
		assertThat(this.articles.findAll()).extracting((article) -> article.getTitle())
			.contains("真正的稿件")
			.doesNotContain("文件夹外的稿件", "链接文件夹里的稿件");
	}

	@Test
	void aLineIsNamedOnce(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("header.md"), "---\ntitle 没有冒号\n---\n# 标题\n\n正文。\n");
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + folder));

		assertThat(output()).contains("✘ header.md 第 2 行：文件头格式错误").doesNotContain("第2行");
		assertThat(BulletinImporter.withoutLine("第12行：标题为空", 12)).isEqualTo("标题为空");
		assertThat(BulletinImporter.withoutLine("第12行：标题为空", 3)).isEqualTo("第12行：标题为空");
		assertThat(BulletinImporter.withoutLine("标题为空", 12)).isEqualTo("标题为空");
	}

	@Test
	void aDatabaseFailureIsAPlainMessageWithTheDetailsInTheLog(@TempDir Path folder, CapturedOutput log)
			throws IOException {
		Files.writeString(folder.resolve("db.md"), "# 数据库出错的稿件\n\n正文。\n");
		BulletinImporter failing = Mockito.spy(this.importer);
		Mockito.doThrow(new DataIntegrityViolationException(
				"could not execute statement [Value too long for column \"TITLE\"] [insert into article (id, title) values (?, ?)]",
				new IllegalStateException(
						"Transaction silently rolled back because it has been marked as rollback-only")))
			.when(failing)
			.store(Mockito.any(), Mockito.any());
		ImportCommand command = new ImportCommand(failing, new PrintStream(this.output, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("--import=" + folder));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(output()).contains("✘ db.md：保存时出错，这个文件没有导入")
			.doesNotContain("could not execute")
			.doesNotContain("rolled back")
			.doesNotContain("insert into");
		assertThat(log.getAll()).contains("Import of db.md failed: DataIntegrityViolationException: could not execute")
			.contains("IllegalStateException: Transaction silently rolled back");
	}

	@Test
	void exitsWithZeroWhenEverythingWentIn(@TempDir Path folder) throws IOException {
		Path file = Files.writeString(folder.resolve("ok.md"), "# 另一篇\n\n正文。\n");
		ImportCommand command = command();

		command.run(new DefaultApplicationArguments("--import=" + file));
		command.run(new DefaultApplicationArguments("--import=" + file));

		assertThat(command.getExitCode()).isZero();
		assertThat(output()).contains("内容未变");
	}

	@Test
	void aSecondRunFindsUnchangedPagesWithoutReadingThemAgainAndTakesTheirNewPageFiles(@TempDir Path folder)
			throws IOException {
		Files.writeString(folder.resolve("2024-03-12-05-文化.md"), "# 文化新闻\n\n本报讯（记者张明）3月11日上午，展览开幕。\n");
		ImportCommand first = command();
		first.run(new DefaultApplicationArguments("--import=" + folder));
		String firstLine = output().lines().filter((line) -> line.startsWith("✔")).findFirst().orElseThrow();
		Files.write(folder.resolve("2024-03-12-05-文化.pdf"), PageFileFixtures.pdf());
		this.output.reset();
		BulletinImporter watched = Mockito.spy(this.importer);
		ImportCommand second = new ImportCommand(watched, new PrintStream(this.output, true, StandardCharsets.UTF_8));

		second.run(new DefaultApplicationArguments("--import=" + folder));

		assertThat(second.getExitCode()).isZero();
		// the stored report's summary, as the first run printed it
		assertThat(output()).contains(firstLine.replace("已导入", "内容未变") + "，附版面 PDF").contains("未变 1").contains("共 1 条");
		verify(watched, never()).prepare(any(), any(), any());
		this.importer.delete("2024-03-12-05-文化.md");
	}

	@Test
	void doesNothingWithoutTheOption() {
		ImportCommand command = command();
		command.run(new DefaultApplicationArguments("--server.port=0"));
		assertThat(command.getExitCode()).isZero();
		assertThat(output()).isEmpty();
	}

	private ImportCommand command() {
		return new ImportCommand(this.importer, new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
