package org.newsportal.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchSlotsTests {

	@Test
	@Timeout(30)
	void aSearchBeyondTheSlotsWaitsThenIsRefusedAndTheSlotsAreGivenBack() throws Exception {
		SearchSlots slots = new SearchSlots(2, Duration.ofMillis(200));
		CountDownLatch running = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<?>[] holders = new CompletableFuture<?>[2];
		for (int i = 0; i < 2; i++) {
			holders[i] = CompletableFuture.runAsync(() -> {
				try {
					slots.run(() -> {
						running.countDown();
						return awaitRelease(release);
					});
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		assertThatExceptionOfType(SearchBusyException.class).isThrownBy(() -> slots.run(() -> "third"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
		release.countDown();
		CompletableFuture.allOf(holders).get(10, TimeUnit.SECONDS);
		assertThat(slots.available()).isEqualTo(2);
		assertThat(slots.run(() -> "now")).isEqualTo("now");
	}

	private static boolean awaitRelease(CountDownLatch release) {
		try {
			return release.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Test
	void aSearchThatFailsGivesItsSlotBack() {
		SearchSlots slots = new SearchSlots(1, Duration.ofMillis(50));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> slots.run(() -> {
			throw new IllegalStateException("broken query");
		}));
		assertThat(slots.available()).isEqualTo(1);
	}

	@Test
	void noneMeansOnePerProcessor() {
		assertThat(new SearchSlots(0, Duration.ZERO).available()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

}
