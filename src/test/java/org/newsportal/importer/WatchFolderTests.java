package org.newsportal.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsportal.article.Article;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.Bulletin;
import org.newsportal.article.BulletinRepository;
import org.newsportal.edition.PageFileFixtures;
import org.newsportal.edition.PageFileKind;
import org.newsportal.edition.PrintedPlaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The watch folder against the real importer and database. Each test calls
 * {@link WatchFolder#poll()} itself, so nothing waits for the scheduler: the first poll
 * only notes what is there, the next one takes what did not change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "portal.import-seeds=false")
@ExtendWith(OutputCaptureExtension.class)
class WatchFolderTests {

	private static final String PAGE = "# 高新区召开安全生产会议\n\n本报讯（记者郭树勋）3月11日上午，高新区召开安全生产会议。\n";

	/** 2024-03-12 10:30:00 in the paper's time zone. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-12T02:30:00Z"), ZoneId.of("Asia/Shanghai"));

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private PrintedPlaces printed;

	@TempDir
	private Path folder;

	/**
	 * Other test classes share this database (and on PostgreSQL it outlives the run):
	 * every bulletin here is named {@code watch-*} and removed again.
	 */
	@AfterEach
	void removeBulletins() {
		this.bulletins.findAll()
			.stream()
			.map(Bulletin::getName)
			.filter((name) -> name.startsWith("watch-"))
			.forEach(this.importer::delete);
	}

	@Test
	void importsAPageOnceItIsUnchangedAndMovesItToImported() throws IOException {
		Path page = Files.writeString(this.folder.resolve("watch-good.md"), PAGE);
		WatchFolder watch = watch(this.folder);

		watch.poll();
		assertThat(page).exists();
		assertThat(this.bulletins.findByName("watch-good.md")).isEmpty();

		watch.poll();
		assertThat(page).doesNotExist();
		assertThat(this.folder.resolve("imported/watch-good.md")).hasContent(PAGE);
		assertThat(this.bulletins.findByName("watch-good.md"))
			.hasValueSatisfying((bulletin) -> assertThat(bulletin.getImportedBy()).isEqualTo("watch"));
		assertThat(this.articles.findAll()).extracting(Article::getTitle).contains("高新区召开安全生产会议");
		assertThat(this.folder.resolve("failed")).isEmptyDirectory();
	}

	@Test
	void aPagesPdfAndImageGoWithItOnceTheyStoppedChanging() throws IOException {
		Path page = Files.writeString(this.folder.resolve("watch-printed.md"), PAGE);
		Path pdf = Files.write(this.folder.resolve("watch-printed.pdf"), PageFileFixtures.pdf());
		WatchFolder watch = watch(this.folder);
		watch.poll();
		// the image arrives while the page waits: the page waits for it too
		Path image = Files.write(this.folder.resolve("watch-printed.png"), PageFileFixtures.png(300, 450));
		watch.poll();
		assertThat(page).exists();
		watch.poll();
		assertThat(page).doesNotExist();
		assertThat(pdf).doesNotExist();
		assertThat(image).doesNotExist();
		assertThat(this.folder.resolve("imported/watch-printed.pdf")).exists();
		assertThat(this.folder.resolve("imported/watch-printed.png")).exists();
		long id = this.bulletins.findByName("watch-printed.md").orElseThrow().getId();
		assertThat(this.printed.filesOf(id)).containsExactly(PageFileKind.IMAGE, PageFileKind.PDF);
	}

	@Test
	void aPageWhoseFileIsRefusedGoesToFailedWithIt() throws IOException {
		Files.writeString(this.folder.resolve("watch-badfile.md"), PAGE);
		Files.writeString(this.folder.resolve("watch-badfile.pdf"), "<html>not a pdf</html>");
		WatchFolder watch = watch(this.folder);
		watch.poll();
		watch.poll();
		assertThat(this.folder.resolve("failed/watch-badfile.md")).exists();
		assertThat(this.folder.resolve("failed/watch-badfile.pdf")).exists();
		assertThat(this.folder.resolve("failed/watch-badfile.md.error.txt")).content(StandardCharsets.UTF_8)
			.contains("PDF、JPEG 或 PNG");
		assertThat(this.bulletins.findByName("watch-badfile.md")).isEmpty();
	}

	@Test
	void aRefusedPageGoesToFailedWithTheImportersMessageAndNothingIsStored() throws IOException {
		byte[] blank = "  \n\t\n".getBytes(StandardCharsets.UTF_8);
		Files.write(this.folder.resolve("watch-blank.md"), blank);
		Files.write(this.folder.resolve("watch-binary.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 });
		long articlesBefore = this.articles.count();
		WatchFolder watch = watch(this.folder);

		watch.poll();
		watch.poll();

		Path failed = this.folder.resolve("failed");
		assertThat(failed.resolve("watch-blank.md")).hasBinaryContent(blank);
		assertThat(failed.resolve("watch-blank.md.error.txt")).content(StandardCharsets.UTF_8)
			.isEqualToIgnoringNewLines(messageFor("watch-blank.md", blank));
		assertThat(failed.resolve("watch-binary.txt")).exists();
		assertThat(failed.resolve("watch-binary.txt.error.txt")).content(StandardCharsets.UTF_8)
			.startsWith("watch-binary.txt：文件包含 NUL 字节");
		assertThat(this.folder.resolve("watch-blank.md")).doesNotExist();
		assertThat(this.folder.resolve("imported")).isEmptyDirectory();
		assertThat(this.bulletins.findByName("watch-blank.md")).isEmpty();
		assertThat(this.bulletins.findByName("watch-binary.txt")).isEmpty();
		assertThat(this.articles.count()).isEqualTo(articlesBefore);
	}

	@Test
	void aSymbolicLinkIsRefusedAndWhatItPointsToIsNeitherReadNorMoved(@TempDir Path elsewhere) throws IOException {
		Path secret = Files.writeString(elsewhere.resolve("secret.md"), PAGE);
		Files.createSymbolicLink(this.folder.resolve("watch-link.md"), secret);
		WatchFolder watch = watch(this.folder);

		watch.poll();
		watch.poll();

		Path failed = this.folder.resolve("failed");
		assertThat(failed.resolve("watch-link.md")).isSymbolicLink();
		assertThat(failed.resolve("watch-link.md.error.txt")).content(StandardCharsets.UTF_8)
			.startsWith("watch-link.md：" + BulletinFiles.LINK_REFUSED);
		assertThat(secret).hasContent(PAGE);
		assertThat(this.bulletins.findByName("watch-link.md")).isEmpty();
	}

	@Test
	void aFileStillBeingWrittenIsLeftUntilItStopsChanging() throws IOException {
		Path page = Files.writeString(this.folder.resolve("watch-slow.md"), "# 高新区召开安全生产会议\n\n本报讯（记者郭树勋）");
		WatchFolder watch = watch(this.folder);

		watch.poll();
		Files.writeString(page, "3月11日上午，高新区召开安全生产会议。\n\n", StandardOpenOption.APPEND);
		watch.poll();
		assertThat(page).exists();
		assertThat(this.bulletins.findByName("watch-slow.md")).isEmpty();

		Files.writeString(page, "会议要求，全面排查隐患。\n", StandardOpenOption.APPEND);
		watch.poll();
		assertThat(page).exists();
		assertThat(this.bulletins.findByName("watch-slow.md")).isEmpty();

		watch.poll();
		assertThat(page).doesNotExist();
		assertThat(this.folder.resolve("imported/watch-slow.md")).exists();
		assertThat(this.articles.findAll()).extracting(Article::getText)
			.anySatisfy((text) -> assertThat(text).contains("全面排查隐患"));
	}

	@Test
	void hiddenAndTemporaryFilesAndOtherFilesAreLeftAlone() throws IOException {
		List<String> names = List.of(".watch-hidden.md", "._watch-page.md", "watch-page.md~", "watch-page.md.part",
				"watch-page.md.tmp", "watch-page.TMP", "watch-notes.pdf");
		for (String name : names) {
			Files.writeString(this.folder.resolve(name), PAGE);
		}
		Files.createDirectories(this.folder.resolve("sub"));
		Files.writeString(this.folder.resolve("sub/watch-nested.md"), PAGE);
		WatchFolder watch = watch(this.folder);

		watch.poll();
		watch.poll();
		watch.poll();

		assertThat(names).allSatisfy((name) -> assertThat(this.folder.resolve(name)).hasContent(PAGE));
		assertThat(this.folder.resolve("sub/watch-nested.md")).exists();
		assertThat(this.folder.resolve("imported")).isEmptyDirectory();
		assertThat(this.folder.resolve("failed")).isEmptyDirectory();
		assertThat(this.bulletins.findAll()).extracting(Bulletin::getName).noneMatch((name) -> name.contains("watch-"));
	}

	@Test
	void temporaryNames() {
		assertThat(WatchFolder.isTemporary(".page.md")).isTrue();
		assertThat(WatchFolder.isTemporary("page.md~")).isTrue();
		assertThat(WatchFolder.isTemporary("page.md.part")).isTrue();
		assertThat(WatchFolder.isTemporary("page.md.TMP")).isTrue();
		assertThat(WatchFolder.isTemporary("page.md")).isFalse();
		assertThat(WatchFolder.isTemporary("page.tmp.md")).isFalse();
	}

	@Test
	void aPageDroppedAgainKeepsEveryCopyInImported() throws IOException {
		WatchFolder watch = watch(this.folder);
		Path imported = this.folder.resolve("imported");
		String edited = PAGE + "\n会议要求，全面排查隐患。\n";

		dropAndPoll(watch, "watch-again.md", PAGE);
		dropAndPoll(watch, "watch-again.md", PAGE);
		dropAndPoll(watch, "watch-again.md", edited);

		assertThat(imported.resolve("watch-again.md")).hasContent(PAGE);
		assertThat(imported.resolve("watch-again-20240312-103000.md")).hasContent(PAGE);
		assertThat(imported.resolve("watch-again-20240312-103000-2.md")).hasContent(edited);
		assertThat(this.folder.resolve("watch-again.md")).doesNotExist();
		assertThat(this.bulletins.findByName("watch-again.md")).isPresent();
		assertThat(this.articles.findAll()).extracting(Article::getText)
			.anySatisfy((text) -> assertThat(text).contains("全面排查隐患"));
	}

	@Test
	void aRefusedPageDroppedAgainKeepsEveryCopyAndItsReason() throws IOException {
		WatchFolder watch = watch(this.folder);

		dropAndPoll(watch, "watch-plain.md", "只有正文，没有标题。\n");
		dropAndPoll(watch, "watch-plain.md", "还是没有标题。\n");

		Path failed = this.folder.resolve("failed");
		assertThat(failed.resolve("watch-plain.md")).hasContent("只有正文，没有标题。");
		assertThat(failed.resolve("watch-plain.md.error.txt")).content(StandardCharsets.UTF_8).contains("没有找到标题");
		assertThat(failed.resolve("watch-plain-20240312-103000.md")).hasContent("还是没有标题。");
		assertThat(failed.resolve("watch-plain-20240312-103000.md.error.txt")).content(StandardCharsets.UTF_8)
			.contains("没有找到标题");
	}

	@Test
	void createsTheFolderAndItsSubfoldersWhenMissing() {
		Path missing = this.folder.resolve("drop/bulletins");

		watch(missing).poll();

		assertThat(missing.resolve("imported")).isDirectory();
		assertThat(missing.resolve("failed")).isDirectory();
	}

	@Test
	void anUnusableFolderIsReportedOnceAndTheSiteCarriesOn(CapturedOutput output) throws IOException {
		Path notAFolder = Files.writeString(this.folder.resolve("watch-dir"), "a file where the folder should be");
		WatchFolder watch = watch(notAFolder);

		watch.poll();
		watch.poll();
		watch.poll();

		assertThat(output.getOut().split("cannot be used", -1)).hasSize(2);
		assertThat(notAFolder).hasContent("a file where the folder should be");
	}

	private WatchFolder watch(Path folder) {
		return new WatchFolder(this.importer, new ImportMemory(), folder, Duration.ofSeconds(5), CLOCK);
	}

	private void dropAndPoll(WatchFolder watch, String name, String content) throws IOException {
		Files.writeString(this.folder.resolve(name), content);
		watch.poll();
		watch.poll();
		try (Stream<Path> left = Files.list(this.folder)) {
			assertThat(left).noneMatch((file) -> file.getFileName().toString().equals(name));
		}
	}

	private String messageFor(String name, byte[] content) {
		return assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.prepare(new ImportRequest(name, content, null, null, "test")))
			.actual()
			.describe();
	}

}
