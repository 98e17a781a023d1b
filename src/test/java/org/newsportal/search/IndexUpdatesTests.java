package org.newsportal.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.newsportal.bulletin.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.search.Fixtures.article;

/**
 * Imports hand their articles to the index's own thread and go on: what a reader or the
 * next commit sees must be the same as if the import had waited.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class IndexUpdatesTests {

	/** The longest any step waits for another thread: a regression fails, never hangs. */
	private static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	Path data;

	@Test
	void aSearchWaitsForTheUpdatesSubmittedBeforeIt() throws Exception {
		try (SearchIndex index = SearchIndex.open(this.data)) {
			CountDownLatch release = new CountDownLatch(1);
			index.submit(1, () -> {
				await(release);
				index.replaceBulletin(1, List.of(article("高新区城改项目推进会议召开", "吕沛强调加快进度。")), "m");
			});
			AtomicLong found = new AtomicLong(-1);
			Thread reader = new Thread(() -> found.set(found(index, "城改")));
			reader.start();
			// Released only once the search is seen waiting, or has already returned
			// (then without the article, and the assertion below fails).
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (reader.getState() != Thread.State.TIMED_WAITING && reader.isAlive()
					&& System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			release.countDown();
			reader.join(WAIT.toMillis());
			assertThat(reader.isAlive()).as("the search still waiting").isFalse();
			assertThat(found).hasValue(1);
		}
	}

	@Test
	void aSearchWaitsNoLongerThanItsBoundAndFindsWhatIsIndexedSoFar() throws Exception {
		try (SearchIndex index = SearchIndex.open(this.data)) {
			index.replaceBulletin(1, List.of(article("高新区城改项目推进会议召开", "吕沛强调加快进度。")), "m");
			index.searchWait(Duration.ofMillis(200));
			CountDownLatch release = new CountDownLatch(1);
			index.submit(1, () -> {
				await(release);
				index.replaceBulletin(2, List.of(article("城改项目第二次推进会", "会议部署下一步工作。")), "m");
			});
			try {
				assertThat(found(index, "城改")).as("the article indexed before the long update").isEqualTo(1);
			}
			finally {
				release.countDown();
			}
			index.searchWait(Duration.ofSeconds(30));
			assertThat(found(index, "城改")).isEqualTo(2);
		}
	}

	@Test
	void updatesApplyInTheOrderTheyWereSubmitted() throws IOException {
		try (SearchIndex index = SearchIndex.open(this.data)) {
			List<Integer> applied = Collections.synchronizedList(new ArrayList<>());
			for (int i = 0; i < 50; i++) {
				int n = i;
				index.submit(1, () -> {
					applied.add(n);
					index.replaceBulletin(1, List.of(article("第" + n + "版新闻", "正文。")), "m" + n);
				});
			}
			index.awaitUpdates();
			assertThat(applied).isSorted().hasSize(50);
			assertThat(found(index, "第49版")).isEqualTo(1);
			assertThat(index.size()).isEqualTo(1);
		}
	}

	@Test
	void aFailedUpdateDoesNotStopTheOnesAfterIt() throws IOException {
		try (SearchIndex index = SearchIndex.open(this.data)) {
			index.submit(1, () -> {
				throw new IllegalStateException("broken update");
			});
			index.submit(1, () -> index.replaceBulletin(1, List.of(article("高新区城改项目推进会议召开", "正文。")), "m"));
			assertThat(found(index, "城改")).isEqualTo(1);
		}
	}

	@Test
	void closingAppliesAndCommitsWhatWasSubmitted() throws IOException {
		try (SearchIndex index = SearchIndex.open(this.data)) {
			for (int i = 0; i < 20; i++) {
				long bulletin = i;
				index
					.submit(1,
							() -> index.replaceBulletin(
									bulletin, List.of(article(bulletin, "第" + bulletin + "版新闻", "正文。",
											LocalDate.of(2024, 3, 11), ItemKind.ARTICLE, List.of())),
									"after-" + bulletin));
			}
		}
		try (SearchIndex index = SearchIndex.open(this.data)) {
			assertThat(index.size()).isEqualTo(20);
			assertThat(index.marker()).isEqualTo("after-19");
		}
	}

	@Test
	void aNullMarkerKeepsTheRecordedOne() throws IOException {
		try (SearchIndex index = SearchIndex.open(this.data)) {
			index.replaceBulletin(1, List.of(article("高新区城改项目推进会议召开", "正文。")), "first");
			index.replaceBulletin(2, List.of(article("第二版新闻", "正文。")), null);
			assertThat(index.marker()).isEqualTo("first");
		}
	}

	@Test
	void updatesAreRefusedOnceClosed() throws IOException {
		SearchIndex index = SearchIndex.open(this.data);
		index.close();
		assertThat(index.submit(1, () -> {
		})).isFalse();
	}

	private static long found(SearchIndex index, String text) {
		return new SearchService(index).search(SearchQuery.of(text)).total();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
