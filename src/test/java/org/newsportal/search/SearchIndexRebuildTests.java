package org.newsportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsportal.article.change.BulletinsChanged;
import org.newsportal.bulletin.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.search.Fixtures.article;

/**
 * The index is derived data: whatever happens to its folder, start-up puts it back.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class SearchIndexRebuildTests {

	private static final SearchProperties PROPERTIES = new SearchProperties(null, true, Duration.ofSeconds(3), 0,
			Duration.ofSeconds(1));

	@TempDir
	Path data;

	private final Fixtures fixtures = new Fixtures().add(article("高新区党政联席会议召开", "党工委书记吕沛主持会议。"),
			article("高新区召开大气污染防治攻坚工作推进会", "安排部署下一阶段工作。"));

	@Test
	void newIndexIsBuiltAndThenLeftAlone() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			SearchIndexMaintainer maintainer = new SearchIndexMaintainer(index, this.fixtures, PROPERTIES);
			assertThat(maintainer.rebuildIfStale()).isTrue();
			assertThat(maintainer.rebuildIfStale()).isFalse();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).isFresh()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
	}

	@Test
	void deletedFolderIsRebuilt() throws IOException {
		buildAndClose();
		deleteRecursively(folder());
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(found(index, "吕沛")).isZero();
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).rebuildIfStale()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "segments" })
	void corruptIndexIsWipedAndRebuilt(String sparedPrefix) throws IOException {
		// All files, or only the segment data (then only the checksums tell).
		buildAndClose();
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.filter((f) -> !f.getFileName().toString().equals("write.lock"))
				.filter((f) -> sparedPrefix.isEmpty() || !f.getFileName().toString().startsWith(sparedPrefix))
				.toList()) {
				byte[] bytes = Files.readAllBytes(file);
				for (int i = bytes.length / 3; i < bytes.length; i += 7) {
					bytes[i] ^= 0x5A;
				}
				Files.write(file, bytes);
			}
		}
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(index.marker()).isNull();
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).rebuildIfStale()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
	}

	@Test
	void garbageInPlaceOfTheIndexIsReplaced() throws IOException {
		Files.createDirectories(folder());
		Files.writeString(folder().resolve("segments_1"), "not an index");
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).rebuildIfStale()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
	}

	@Test
	void staleIndexIsRebuilt() throws IOException {
		buildAndClose();
		this.fixtures.add(article("理工大科创城建设方案研讨会召开", "吕沛出席。"));
		try (SearchIndex index = SearchIndex.open(folder())) {
			SearchIndexMaintainer maintainer = new SearchIndexMaintainer(index, this.fixtures, PROPERTIES);
			assertThat(maintainer.isFresh()).isFalse();
			assertThat(maintainer.rebuildIfStale()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(2);
		}
	}

	@Test
	void anIndexBehindTheDatabaseCatchesUpDuringStartUpWithoutARebuild() throws IOException {
		buildAndClose();
		this.fixtures
			.add(article(2, "理工大科创城建设方案研讨会召开", "吕沛出席。", LocalDate.of(2024, 3, 12), ItemKind.ARTICLE, List.of()));
		AtomicInteger fullReads = new AtomicInteger();
		ArticleSource counting = new Delegating(this.fixtures) {

			@Override
			public void forEachBatch(Consumer<List<IndexedArticle>> consumer) {
				fullReads.incrementAndGet();
				super.forEachBatch(consumer);
			}

		};
		try (SearchIndex index = SearchIndex.open(folder())) {
			SearchIndexMaintainer maintainer = new SearchIndexMaintainer(index, counting, PROPERTIES);
			assertThat(maintainer.isFresh()).isFalse();
			maintainer.run(null);
			assertThat(found(index, "科创城")).as("found as soon as the start-up is done").isEqualTo(1);
			assertThat(maintainer.isFresh()).isTrue();
			assertThat(fullReads).as("no full rebuild").hasValue(0);
		}
	}

	@Test
	void dirtyIndexIsRebuiltAtNextStart() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).rebuildIfStale();
			index.markDirty();
		}
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(index.marker()).isEqualTo(SearchIndex.DIRTY);
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).isFresh()).isFalse();
		}
	}

	@Test
	void bulletinIsReplacedAndDeletedAsAWhole() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			index.rebuild(this.fixtures);
			index.replaceBulletin(1, List.of(article("高新区城改项目推进会议召开", "吕沛强调加快进度。")), "after-import");
			assertThat(found(index, "吕沛")).isEqualTo(1);
			assertThat(found(index, "城改")).isEqualTo(1);
			assertThat(found(index, "大气污染防治")).isZero();
			assertThat(index.marker()).isEqualTo("after-import");
			index.replaceBulletin(1, List.of(), "after-delete");
			assertThat(index.size()).isZero();
		}
	}

	@Test
	void aSearchNeverSeesABulletinHalfReplaced() throws Exception {
		IndexedArticle city = article("高新区城改项目推进会议召开", "吕沛强调加快进度。");
		try (SearchIndex index = SearchIndex.open(folder())) {
			index.refreshWait(Duration.ofMillis(300));
			index.replaceBulletin(1, List.of(city), "first");
			assertThat(found(index, "城改")).isEqualTo(1);
			// an update no search has seen yet: the next search opens a new reader
			index.replaceBulletin(2, List
				.of(article(2, "理工大科创城建设方案研讨会召开", "吕沛出席。", LocalDate.of(2024, 3, 12), ItemKind.ARTICLE, List.of())),
					"second");
			CountDownLatch deleted = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			ArticleSource slow = new Delegating(this.fixtures) {

				@Override
				public void forEachInBulletin(long bulletinId, Consumer<List<IndexedArticle>> consumer) {
					deleted.countDown();
					try {
						release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					consumer.accept(List.of(city));
				}

			};
			CompletableFuture<Void> sync = CompletableFuture
				.runAsync(() -> index.replaceBulletins(List.of(1L), slow, "third"));
			try {
				assertThat(deleted.await(30, TimeUnit.SECONDS)).isTrue();
				assertThat(found(index, "城改")).as("during the replacement: the state before it").isEqualTo(1);
			}
			finally {
				release.countDown();
			}
			sync.get(30, TimeUnit.SECONDS);
			assertThat(found(index, "城改")).isEqualTo(1);
			assertThat(found(index, "科创城")).isEqualTo(1);
		}
	}

	@Test
	void listenersHearOfEveryChangeSearchesWillSee() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			AtomicInteger changes = new AtomicInteger();
			index.onChange(changes::incrementAndGet);
			index.rebuild(this.fixtures);
			assertThat(changes).as("the rebuild's commit opens a reader").hasValue(1);
			index.replaceBulletin(1, List.of(article("高新区城改项目推进会议召开", "吕沛强调加快进度。")), "after-import");
			assertThat(changes).as("recorded, before any search opens a reader").hasValue(2);
			assertThat(found(index, "城改")).isEqualTo(1);
			assertThat(changes).as("the search opened a new reader").hasValue(3);
			assertThat(found(index, "城改")).isEqualTo(1);
			assertThat(changes).as("nothing new").hasValue(3);
		}
	}

	@Test
	void theSignalThatTheBulletinsChangedMakesTheIndexCatchUp() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			SearchIndexMaintainer maintainer = new SearchIndexMaintainer(index, this.fixtures, PROPERTIES);
			maintainer.rebuildIfStale();
			maintainer.run(null);
			assertThat(maintainer.catchUp()).isZero();

			this.fixtures
				.add(article(2, "理工大科创城建设方案研讨会召开", "吕沛出席。", LocalDate.of(2024, 3, 12), ItemKind.ARTICLE, List.of()));
			maintainer.onBulletinsChanged(new BulletinsChanged(this.fixtures.marker()));
			assertThat(found(index, "科创城")).isEqualTo(1);
		}
	}

	@Test
	void aCatchUpThatFailedIsTriedAgainAtTheNextTick() throws IOException {
		AtomicInteger failures = new AtomicInteger(1);
		ArticleSource flaky = new Delegating(this.fixtures) {

			@Override
			public Map<Long, Long> bulletinRevisions() {
				if (failures.getAndDecrement() > 0) {
					throw new IllegalStateException("database away for a moment");
				}
				return super.bulletinRevisions();
			}

		};
		try (SearchIndex index = SearchIndex.open(folder())) {
			SearchIndexMaintainer maintainer = new SearchIndexMaintainer(index, flaky, PROPERTIES);
			maintainer.rebuildIfStale();
			maintainer.run(null);
			this.fixtures
				.add(article(2, "理工大科创城建设方案研讨会召开", "吕沛出席。", LocalDate.of(2024, 3, 12), ItemKind.ARTICLE, List.of()));
			maintainer.onBulletinsChanged(new BulletinsChanged(this.fixtures.marker()));
			assertThat(found(index, "科创城")).as("the catch-up failed").isZero();
			maintainer.tick();
			assertThat(found(index, "科创城")).isEqualTo(1);
		}
	}

	@Test
	void aTickDuringARebuildDoesNotWaitForIt() throws Exception {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ArticleSource slow = new Delegating(this.fixtures) {

			@Override
			public void forEachBatch(Consumer<List<IndexedArticle>> consumer) {
				reading.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				super.forEachBatch(consumer);
			}

		};
		try (SearchIndex index = SearchIndex.open(folder())) {
			SearchIndexMaintainer maintainer = new SearchIndexMaintainer(index, slow, PROPERTIES);
			try {
				// A new index: rebuilt in the background
				maintainer.run(null);
				assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
				this.fixtures.add(
						article(2, "理工大科创城建设方案研讨会召开", "吕沛出席。", LocalDate.of(2024, 3, 12), ItemKind.ARTICLE, List.of()));
				CompletableFuture.runAsync(maintainer::tick).get(10, TimeUnit.SECONDS);
			}
			finally {
				release.countDown();
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (found(index, "科创城") == 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
				maintainer.tick();
			}
			assertThat(found(index, "科创城")).isEqualTo(1);
		}
	}

	private void buildAndClose() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			index.rebuild(this.fixtures);
		}
	}

	private Path folder() {
		return this.data.resolve("search-index");
	}

	private static long found(SearchIndex index, String text) {
		return new SearchService(index).search(SearchQuery.of(text)).total();
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** The fixtures, with a method or two to be overridden. */
	private static class Delegating implements ArticleSource {

		private final Fixtures fixtures;

		Delegating(Fixtures fixtures) {
			this.fixtures = fixtures;
		}

		@Override
		public String marker() {
			return this.fixtures.marker();
		}

		@Override
		public Map<Long, Long> bulletinRevisions() {
			return this.fixtures.bulletinRevisions();
		}

		@Override
		public void forEachInBulletin(long bulletinId, Consumer<List<IndexedArticle>> consumer) {
			this.fixtures.forEachInBulletin(bulletinId, consumer);
		}

		@Override
		public void forEachBatch(Consumer<List<IndexedArticle>> consumer) {
			this.fixtures.forEachBatch(consumer);
		}

	}

}
