package org.newsportal.edition;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.Attachment;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportException;
import org.newsportal.importer.ImportOutcome;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.ImportResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Importing bulletins into the printed edition: where their issue and page come from,
 * what happens when two claim one page, and their PDFs and images.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "portal.import-seeds=false", "portal.site-name=焦作日报" })
class PrintedImportTests {

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private PrintedPageRepository pages;

	@Autowired
	private PageFiles files;

	@BeforeEach
	@AfterEach
	void emptyDatabase() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
	}

	@Test
	void frontMatterPlacesThePageAndTheReportSaysSo() {
		ImportResult result = this.importer.importBulletin(request("a.md", """
				---
				date: 2024-03-12
				版次: 第02版
				版名: 要闻
				---

				# 标题

				本报讯（记者甲）3月11日上午，会议召开。
				"""));
		PrintedPage page = pageOf("a.md");
		assertThat(page.getIssueDate()).isEqualTo(LocalDate.of(2024, 3, 12));
		assertThat(page.getLabel()).isEqualTo(PageLabel.of(2));
		assertThat(page.getPageName()).isEqualTo("要闻");
		assertThat(page.getEdition()).isEmpty();
		assertThat(result.page()).isEqualTo("/issues/2024-03-12/02");
		assertThat(result.report().printed()).isEqualTo("2024年3月12日 第02版 要闻（日期：文件头；版次：文件头；版名：文件头）");
	}

	@Test
	void titleAndFileNameFillWhatTheFrontMatterLeavesOut() {
		ImportResult result = this.importer.importBulletin(request("2023-12-31-03-经济.md", """
				---
				title: 焦作日报·第03版
				---

				# 年终盘点

				本报讯（记者乙）12月30日下午，盘点会召开。
				"""));
		PrintedPage page = pageOf("2023-12-31-03-经济.md");
		assertThat(page.getIssueDate()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(page.getDateFrom()).isEqualTo(PlacementSource.FILE_NAME);
		assertThat(page.getPageFrom()).isEqualTo(PlacementSource.TITLE);
		assertThat(page.getPageName()).isEqualTo("经济");
		assertThat(page.getNameFrom()).isEqualTo(PlacementSource.FILE_NAME);
		// the file name's date completes the dateline's year, as the front matter's would
		assertThat(this.articles.findAll()).singleElement()
			.satisfies((article) -> assertThat(article.getDate()).isEqualTo(LocalDate.of(2023, 12, 30)));
		assertThat(result.report().printed()).contains("日期：文件名", "版次：标题", "版名：文件名");
	}

	@Test
	void pagesWithoutNumberAreNumberedInImportOrderAndKeepTheirNumber() {
		this.importer.importBulletin(request("x.md", "---\ndate: 2024-03-12\n---\n\n# 甲\n\n正文。\n"));
		ImportResult second = this.importer
			.importBulletin(request("y.md", "---\ndate: 2024-03-12\n---\n\n# 乙\n\n正文。\n"));
		assertThat(second.page()).isEqualTo("/issues/2024-03-12/02");
		assertThat(second.report().printed()).contains("版次：导入顺序");
		ImportResult edited = this.importer
			.importBulletin(request("x.md", "---\ndate: 2024-03-12\n---\n\n# 甲\n\n正文，改过。\n"));
		assertThat(edited.outcome()).isEqualTo(ImportOutcome.REPLACED);
		assertThat(edited.page()).isEqualTo("/issues/2024-03-12/01");
	}

	@Test
	void pagesWithoutNumberStoredTogetherTakeOneNumberEach() {
		List<ImportResult> results = this.importer
			.storeAll(List.of(this.importer.prepare(request("x.md", "---\ndate: 2024-03-12\n---\n\n# 甲\n\n正文。\n")),
					this.importer.prepare(request("y.md", "---\ndate: 2024-03-12\n---\n\n# 乙\n\n正文。\n"))));
		assertThat(results).extracting(ImportResult::page)
			.containsExactly("/issues/2024-03-12/01", "/issues/2024-03-12/02");
		assertThat(this.pages.findIssue("", LocalDate.of(2024, 3, 12))).hasSize(2);
	}

	@Test
	void aReimportFindsTheDateWhereItWasFoundBefore() {
		this.importer.importBulletin(request("2024-03-12-04.md", "# 甲\n\n正文。\n"));
		ImportResult again = this.importer.reimport("2024-03-12-04.md", "test").orElseThrow();
		assertThat(again.report().printed()).contains("日期：文件名", "版次：文件名");
		assertThat(again.page()).isEqualTo("/issues/2024-03-12/04");
	}

	@Test
	void aSecondBulletinClaimingAPageIsRefusedAndStoresNothing() {
		this.importer.importBulletin(request("2024-03-12-02-要闻.md", "# 甲\n\n正文。\n"));
		long bulletins = this.bulletins.count();
		long articles = this.articles.count();
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importBulletin(request("jzrb-20240312-第02版.md", "# 乙\n\n正文。\n")))
			.withMessageContaining("2024年3月12日第02版已由「2024-03-12-02-要闻.md」占用")
			.withMessageContaining("同一文件名");
		assertThat(this.bulletins.count()).isEqualTo(bulletins);
		assertThat(this.articles.count()).isEqualTo(articles);
		// the same file name replaces its page, as it always did
		ImportResult replaced = this.importer.importBulletin(request("2024-03-12-02-要闻.md", "# 丙\n\n正文。\n"));
		assertThat(replaced.outcome()).isEqualTo(ImportOutcome.REPLACED);
	}

	@Test
	void theSamePageNumberOnAnotherDayOrInAnotherEditionIsAnotherPage() {
		this.importer.importBulletin(request("2024-03-16-01.md", "# 甲\n\n正文。\n"));
		this.importer.importBulletin(request("2024-03-17-01.md", "# 乙\n\n正文。\n"));
		this.importer.importBulletin(
				request("weekend.md", "---\ndate: 2024-03-16\npage: 1\nedition: 焦作日报周末版\n---\n\n# 丙\n\n正文。\n"));
		// the site's own name is the main edition
		this.importer
			.importBulletin(request("main.md", "---\ndate: 2024-03-18\npage: 1\nedition: 焦作日报\n---\n\n# 丁\n\n正文。\n"));
		assertThat(pageOf("weekend.md").getEdition()).isEqualTo("焦作日报周末版");
		assertThat(pageOf("main.md").getEdition()).isEmpty();
		assertThat(this.pages.findByIssueDate(LocalDate.of(2024, 3, 16))).extracting(PrintedPage::getEdition)
			.containsExactly("", "焦作日报周末版");
	}

	@Test
	void aBulletinWithoutDateIsNoPageAndTheReportSaysWhy() {
		ImportResult result = this.importer.importBulletin(request("page.md", "---\npage: 3\n---\n\n# 甲\n\n正文。\n"));
		assertThat(this.pages.count()).isZero();
		assertThat(result.page()).isNull();
		assertThat(result.report().printed()).startsWith("未编入数字报");
		assertThat(result.report().warnings()).anySatisfy((warning) -> assertThat(warning).contains("没有出版日期"));
	}

	@Test
	void anEditorsIssueDatePlacesAPageAndWins() {
		ImportResult result = this.importer.importBulletin(new ImportRequest("p.md",
				utf8("---\ndate: 2024-03-11\npage: 4\n---\n\n# 甲\n\n正文。\n"), LocalDate.of(2024, 3, 12), null, "test"));
		assertThat(result.page()).isEqualTo("/issues/2024-03-12/04");
		assertThat(result.report().warnings()).anySatisfy((warning) -> assertThat(warning).contains("2024-03-11"));
	}

	@Test
	void anUnreadablePageNumberIsRefused() {
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer
				.importBulletin(request("p.md", "---\ndate: 2024-03-12\npage: 要闻\n---\n\n# 甲\n\n正文。\n")))
			.withMessageContaining("版次「要闻」无法识别");
		assertThat(this.bulletins.count()).isZero();
	}

	@Test
	void aPdfAndAnImageGoWithTheirPageAndLeaveWithIt() {
		byte[] pdf = PageFileFixtures.pdf();
		ImportResult result = this.importer.importBulletin(request("2024-03-12-01.md", "# 甲\n\n正文。\n"),
				List.of(new Attachment("2024-03-12-01.pdf", pdf),
						new Attachment("2024-03-12-01.png", PageFileFixtures.png(600, 900))));
		assertThat(result.attached()).containsExactly("PDF", "IMAGE");
		assertThat(result.report().files()).hasSize(2);
		long bulletinId = pageOf("2024-03-12-01.md").getBulletinId();
		StoredPageFile stored = this.files.find(bulletinId, PageFileKind.PDF).orElseThrow();
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.hasThumbnail()).isTrue();
		// the same files again change nothing
		ImportResult again = this.importer.importBulletin(request("2024-03-12-01.md", "# 甲\n\n正文。\n"),
				List.of(new Attachment("2024-03-12-01.pdf", pdf)));
		assertThat(again.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
		assertThat(again.attached()).isEmpty();
		this.importer.delete("2024-03-12-01.md");
		assertThat(this.files.findAll(bulletinId)).isEmpty();
		assertThat(this.pages.count()).isZero();
	}

	@Test
	void aFileThatIsNoPdfOrImageRefusesItsBulletin() {
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importBulletin(request("2024-03-12-01.md", "# 甲\n\n正文。\n"),
					List.of(new Attachment("2024-03-12-01.pdf", utf8("<script>alert(1)</script>")))))
			.withMessageContaining("PDF、JPEG 或 PNG");
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(
					() -> this.importer.importBulletin(request("2024-03-12-01.md", "# 甲\n\n正文。\n"),
							List.of(new Attachment("a.pdf", PageFileFixtures.pdf()),
									new Attachment("b.pdf", PageFileFixtures.pdf()))))
			.withMessageContaining("只能附一个 PDF");
		assertThat(this.bulletins.count()).isZero();
	}

	@Test
	void aFileCanBeAttachedToAStoredBulletinLater() {
		this.importer.importBulletin(request("2024-03-12-01.md", "# 甲\n\n正文。\n"));
		assertThat(this.importer.attach("2024-03-12-01.md",
				List.of(new Attachment("2024-03-12-01.jpg", PageFileFixtures.jpeg(300, 450))), "test"))
			.containsExactly("IMAGE");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.importer.attach("nothing.md",
				List.of(new Attachment("nothing.jpg", PageFileFixtures.jpeg(300, 450))), "test"));
	}

	private PrintedPage pageOf(String name) {
		return this.pages.findByBulletinName(name).orElseThrow();
	}

	private ImportResult importBulletin(ImportRequest request) {
		return this.importer.importBulletin(request);
	}

	static ImportRequest request(String name, String text) {
		return new ImportRequest(name, utf8(text), null, null, "test");
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
