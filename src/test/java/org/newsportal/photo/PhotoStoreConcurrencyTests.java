package org.newsportal.photo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsportal.article.BulletinRepository;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.ImportResult;
import org.newsportal.importer.PhotoFiles;
import org.newsportal.importer.PreparedBulletin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first import of a picture, twice at once: the second waits for the first and takes
 * its photo instead of failing on the unique constraint. The same properties as
 * {@link PhotoImportTests}, so that they share one application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "portal.import-seeds=false")
class PhotoStoreConcurrencyTests {

	@Autowired
	private PhotoStore photos;

	@Autowired
	private PhotoLibrary library;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private BulletinRepository bulletins;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@BeforeEach
	@AfterEach
	void emptyDatabase() {
		this.bulletins.findAll().forEach((bulletin) -> this.importer.delete(bulletin.getName()));
		this.jdbc.update("delete from photo where id not in (select photo_id from bulletin_photo)"
				+ " and id not in (select photo_id from article_photo)");
	}

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void theSecondOfTwoTransactionsStoringTheSamePhotoTakesTheFirstOnesPhoto() throws Exception {
		PreparedPhoto photo = this.library.prepare("a.jpg", TestPhotos.jpeg(900, 600, 11));
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		CountDownLatch firstInserted = new CountDownLatch(1);
		Future<Long> first = this.threads.submit(() -> transactions.execute((status) -> {
			long id = this.photos.save(photo, Instant.now());
			firstInserted.countDown();
			// still uncommitted while the second tries: its insert must wait for this one
			sleep(1500);
			return id;
		}));
		assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
		Future<Long> second = this.threads
			.submit(() -> transactions.execute((status) -> this.photos.save(photo, Instant.now())));

		long firstId = first.get(60, TimeUnit.SECONDS);
		assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo(firstId);
		assertThat(this.jdbc.queryForObject("select count(*) from photo where sha256 = ?", Long.class, photo.sha256()))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from photo_rendition where photo_id = ?", Long.class,
				firstId))
			.isEqualTo(photo.renditions().size() + photo.crops().size());
	}

	@Test
	void twoPagesWithTheSameNewPictureImportedAtOnceBothSucceed() throws Exception {
		byte[] picture = TestPhotos.jpeg(1000, 700, 12);
		String page = "# %s\n\n正文。\n\n![现场](shared.jpg)\n";
		PreparedBulletin a = prepare("a.md", page.formatted("甲"), picture);
		PreparedBulletin b = prepare("b.md", page.formatted("乙"), picture);
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<ImportResult>> imports = this.threads.invokeAll(List.of(() -> {
			start.await(30, TimeUnit.SECONDS);
			return this.importer.store(a);
		}, () -> {
			start.await(30, TimeUnit.SECONDS);
			return this.importer.store(b);
		}), 120, TimeUnit.SECONDS);

		for (Future<ImportResult> result : imports) {
			assertThat(result.get().slugs()).hasSize(1);
		}
		assertThat(this.photos.count()).isOne();
		assertThat(this.jdbc.queryForObject("select count(distinct photo_id) from article_photo", Long.class)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from bulletin_photo", Long.class)).isEqualTo(2);
	}

	private PreparedBulletin prepare(String name, String text, byte[] picture) {
		return this.importer.prepare(new ImportRequest(name, text.getBytes(StandardCharsets.UTF_8), null, null, "test"),
				List.of(), PhotoFiles.of(Map.of("shared.jpg", picture)));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
