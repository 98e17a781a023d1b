package org.newsportal.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.newsportal.PortalProperties;
import org.newsportal.article.Article;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.BulletinRepository;
import org.newsportal.article.BulletinSourceRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "portal.import-seeds=false")
class BulletinImporterTests {

	private static final Path SEED = Path.of("seeds/000_223f8a6ac594ec44.txt");

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private BulletinSourceRepository sources;

	/**
	 * Before and after: on PostgreSQL the database outlives the run, and other test
	 * classes there expect it empty.
	 */
	@BeforeEach
	@AfterEach
	void emptyDatabase() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
	}

	@Test
	void importsTheSeedOnceAndThenChangesNothing() throws IOException {
		ImportResult first = this.importer.importBulletin(request("seed.txt", Files.readAllBytes(SEED)));
		assertThat(first.outcome()).isEqualTo(ImportOutcome.CREATED);
		assertThat(first.slugs()).hasSize(first.report().items()).doesNotHaveDuplicates();
		assertThat(this.articles.count()).isEqualTo(first.slugs().size());
		List<Long> ids = this.articles.findAll().stream().map(Article::getId).toList();

		ImportResult again = this.importer.importBulletin(request("seed.txt", Files.readAllBytes(SEED)));
		assertThat(again.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
		assertThat(again.slugs()).isEqualTo(first.slugs());
		assertThat(this.articles.findAll().stream().map(Article::getId).toList()).isEqualTo(ids);
	}

	@Test
	void anUnchangedSeedCostsAHashNotAParse(@TempDir Path seeds) throws IOException {
		Files.copy(SEED, seeds.resolve("seed.txt"));
		BulletinImporter importer = Mockito.spy(this.importer);
		SeedImporter seedImporter = new SeedImporter(importer, new PortalProperties("地方新闻", Path.of("data"), seeds,
				true, ZoneId.of("Asia/Shanghai"), DataSize.ofMegabytes(20), null));
		seedImporter.run(null);
		verify(importer).prepare(any(ImportRequest.class), anyList(), any());
		List<Long> ids = this.articles.findAll().stream().map(Article::getId).toList();
		assertThat(ids).isNotEmpty();

		clearInvocations(importer);
		seedImporter.run(null);
		verify(importer).findUnchanged(any(ImportRequest.class), anyList());
		verify(importer, never()).prepare(any(ImportRequest.class), anyList(), any());
		assertThat(this.articles.findAll().stream().map(Article::getId).toList()).isEqualTo(ids);

		Files.writeString(seeds.resolve("seed.txt"), "# 改过的一篇\n\n正文。\n");
		seedImporter.run(null);
		verify(importer).prepare(any(ImportRequest.class), anyList(), any());
		assertThat(this.articles.findAll()).singleElement()
			.satisfies((article) -> assertThat(article.getTitle()).isEqualTo("改过的一篇"));
	}

	@Test
	void aBulletinIsUnchangedOnlyWithTheSameBytesIssueDateAndSource() {
		byte[] page = utf8("# 第一篇\n\n正文一。\n");
		assertThat(this.importer.findUnchanged(request("page.md", page), List.of())).as("not stored yet").isEmpty();
		this.importer.importBulletin(request("page.md", page));
		assertThat(this.importer.findUnchanged(request("page.md", page), List.of())).hasValueSatisfying((unchanged) -> {
			assertThat(unchanged.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
			assertThat(unchanged.report().items()).isEqualTo(1);
			assertThat(unchanged.slugs()).hasSize(1);
		});
		assertThat(this.importer.findUnchanged(request("page.md", utf8("# 第一篇\n\n正文一，改过了。\n")), List.of())).isEmpty();
		assertThat(this.importer.findUnchanged(request("other.md", page), List.of())).isEmpty();
		assertThat(this.importer
			.findUnchanged(new ImportRequest("page.md", page, LocalDate.of(2024, 3, 12), null, "test"), List.of()))
			.as("another issue date")
			.isEmpty();
	}

	@Test
	void permalinksAreTheSameInAnEmptyDatabase() throws IOException {
		List<String> first = this.importer.importBulletin(request("seed.txt", Files.readAllBytes(SEED))).slugs();
		this.importer.delete("seed.txt");
		List<String> second = this.importer.importBulletin(request("seed.txt", Files.readAllBytes(SEED))).slugs();
		assertThat(second).isEqualTo(first);
	}

	@Test
	void anEditedBulletinReplacesItsArticles() {
		this.importer.importBulletin(request("page.md", utf8("# 第一篇\n\n正文一。\n\n# 第二篇\n\n正文二。\n")));
		ImportResult edited = this.importer.importBulletin(request("page.md", utf8("# 第一篇\n\n正文一，改过了。\n")));
		assertThat(edited.outcome()).isEqualTo(ImportOutcome.REPLACED);
		assertThat(this.articles.findAll()).singleElement()
			.satisfies((article) -> assertThat(article.getText()).isEqualTo("正文一，改过了。"));
		assertThat(this.bulletins.findByName("page.md")).hasValueSatisfying((bulletin) -> {
			assertThat(bulletin.getItemCount()).isEqualTo(1);
			assertThat(this.sources.findText(bulletin.getId())).contains("改过了");
		});
	}

	@Test
	void aFailedImportStoresNothingAndKeepsWhatWasThere() {
		this.importer.importBulletin(request("page.md", utf8("# 第一篇\n\n正文一。\n")));
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importBulletin(request("page.md", utf8("   \n\n"))))
			.satisfies((ex) -> assertThat(ex.getMessage()).isNotBlank());
		assertThat(this.articles.findAll()).singleElement()
			.satisfies((article) -> assertThat(article.getTitle()).isEqualTo("第一篇"));
	}

	@Test
	void refusesFileNamesWithPathPartsAndOversizedFiles() {
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importBulletin(request("../etc/page.md", utf8("# 标题\n\n正文。"))))
			.withMessageContaining("路径");
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importBulletin(request("page.exe", utf8("# 标题\n\n正文。"))))
			.withMessageContaining(".md");
		assertThat(this.bulletins.count()).isZero();
	}

	@Test
	void keepsTheReportWithTheBulletin() {
		this.importer.importBulletin(request("page.md", utf8("# 标题\n\n正文。\n")));
		assertThat(this.bulletins.findByName("page.md"))
			.hasValueSatisfying((bulletin) -> assertThat(bulletin.getReport()).contains("\"items\":1"));
	}

	@Test
	void storesABatchInOneTransaction() {
		PreparedBulletin first = this.importer.prepare(request("a.md", utf8("# 甲\n\n正文。\n")));
		PreparedBulletin second = this.importer.prepare(request("b.md", utf8("# 乙\n\n正文。\n")));
		List<ImportResult> results = this.importer.storeAll(List.of(first, second));
		assertThat(results).extracting(ImportResult::outcome).containsOnly(ImportOutcome.CREATED);
		assertThat(this.bulletins.count()).isEqualTo(2);
	}

	@Test
	void aBatchThatFailsStoresNone() {
		PreparedBulletin good = this.importer.prepare(request("a.md", utf8("# 甲\n\n正文。\n")));
		PreparedBulletin tooLong = this.importer
			.prepare(new ImportRequest("b.md", utf8("# 乙\n\n正文。\n"), null, "报".repeat(300), "test"));
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> this.importer.storeAll(List.of(good, tooLong)));
		assertThat(this.bulletins.count()).isZero();
		assertThat(this.articles.count()).isZero();
	}

	@Test
	void reimportsFromTheStoredTextAndKeepsIssueDateAndSource() {
		this.importer.importBulletin(new ImportRequest("page.md", utf8("# 标题\n\n正文。\n"),
				java.time.LocalDate.of(2024, 3, 12), "焦作日报", "test"));
		Long articleId = this.articles.findAll().get(0).getId();

		assertThat(this.importer.reimport("page.md", "editor"))
			.hasValueSatisfying((result) -> assertThat(result.outcome()).isEqualTo(ImportOutcome.REPLACED));

		assertThat(this.articles.findAll()).singleElement()
			.satisfies((article) -> assertThat(article.getId()).isNotEqualTo(articleId));
		assertThat(this.bulletins.findByName("page.md")).hasValueSatisfying((bulletin) -> {
			assertThat(bulletin.getSource()).isEqualTo("焦作日报");
			assertThat(bulletin.getIssueDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 12));
			assertThat(bulletin.getImportedBy()).isEqualTo("editor");
		});
		assertThat(this.importer.reimport("missing.md", "editor")).isEmpty();
	}

	private static ImportRequest request(String name, byte[] content) {
		return new ImportRequest(name, content, null, null, "test");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
