package org.newsportal.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports index their articles on the index's own thread and return before it is done; a
 * search made after an import returned must still find what it stored, and nothing of
 * what it replaced or deleted, whether the articles were handed over or (for a large
 * page) read back from the database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE,
		properties = { "spring.datasource.url=jdbc:h2:mem:importindexing;DB_CLOSE_DELAY=-1",
				"portal.import-seeds=false",
				"portal.data-dir=${java.io.tmpdir}/news-portal-import-indexing-${random.uuid}" })
class ImportIndexingTests {

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private SearchService search;

	@Autowired
	private SearchIndex index;

	/**
	 * What is asserted is that a search waits for the import before it, not how fast a
	 * busy machine indexes: the waits a reader is spared are lifted here.
	 */
	@BeforeEach
	void waitAsLongAsItTakes() {
		this.index.searchWait(Duration.ofMinutes(2));
		this.index.refreshWait(Duration.ofMinutes(2));
	}

	@AfterEach
	void emptyDatabase() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
	}

	@Test
	void aSearchRightAfterAnImportFindsItsArticles() {
		for (int page = 1; page <= 30; page++) {
			this.importer
				.importBulletin(request("page-" + page + ".md", "# 第" + page + "版城改新闻\n\n正文第" + page + "版。\n"));
			assertThat(found("第" + page + "版城改")).as("page %d", page).isEqualTo(1);
		}
		assertThat(found("城改新闻")).isEqualTo(30);
	}

	@Test
	void aReplacedOrDeletedBulletinIsGoneFromTheNextSearch() {
		this.importer.importBulletin(request("page.md", "# 高新区城改项目推进会议召开\n\n吕沛强调加快进度。\n"));
		this.importer.importBulletin(request("page.md", "# 高新区大气污染防治攻坚推进会\n\n吕沛出席。\n"));
		assertThat(found("城改")).isZero();
		assertThat(found("大气污染防治")).isEqualTo(1);
		this.importer.delete("page.md");
		assertThat(found("吕沛")).isZero();
	}

	@Test
	void aPageTooLargeToHandOverIsReadBackAndIndexedInOrder() {
		StringBuilder large = new StringBuilder();
		for (int i = 1; i <= 600; i++) {
			large.append("# 第").append(i).append("条科创城消息\n\n正文").append(i).append("。\n\n");
		}
		this.importer.importBulletin(request("small.md", "# 高新区城改项目推进会议召开\n\n吕沛强调加快进度。\n"));
		this.importer.importBulletin(request("large.md", large.toString()));
		assertThat(found("科创城消息")).isEqualTo(600);
		assertThat(found("城改")).isEqualTo(1);
		this.index.commitPending();
		assertThat(this.index.size()).isEqualTo(601);
	}

	private long found(String text) {
		return this.search.search(SearchQuery.of(text)).total();
	}

	private static ImportRequest request(String name, String text) {
		return new ImportRequest(name, text.getBytes(StandardCharsets.UTF_8), LocalDate.of(2024, 3, 12), "焦作日报",
				"test");
	}

}
