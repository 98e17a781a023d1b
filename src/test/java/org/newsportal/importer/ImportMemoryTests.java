package org.newsportal.importer;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// A reservation that never comes back fails the test instead of hanging the build
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class ImportMemoryTests {

	private static final long MB = 1024 * 1024;

	private static final Duration LONG = Duration.ofMinutes(1);

	@Test
	void smallFilesGoTogetherAndALargeOneWaitsForTheOthers() throws Exception {
		ImportMemory memory = new ImportMemory(32 * MB, LONG);
		ImportMemory.Reservation large = memory.reserve("large.md", 20 * MB);
		ImportMemory.Reservation small = memory.reserve("small.md", 100_000);
		CompletableFuture<ImportMemory.Reservation> second = CompletableFuture
			.supplyAsync(() -> memory.reserve("second.md", 20 * MB));
		assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS));
		large.close();
		second.get(30, TimeUnit.SECONDS).close();
		small.close();
	}

	@Test
	void aFileLargerThanTheBudgetTakesAllOfIt() {
		ImportMemory memory = new ImportMemory(8 * MB, LONG);
		try (ImportMemory.Reservation reservation = memory.reserve("huge.md", 50 * MB)) {
			assertThat(reservation).isNotNull();
		}
		memory.reserve("again.md", 50 * MB).close();
	}

	@Test
	void closingTwiceGivesBackOnce() throws Exception {
		ImportMemory memory = new ImportMemory(10 * MB, LONG);
		ImportMemory.Reservation first = memory.reserve("a.md", 6 * MB);
		first.close();
		first.close();
		ImportMemory.Reservation second = memory.reserve("b.md", 6 * MB);
		CompletableFuture<ImportMemory.Reservation> third = CompletableFuture
			.supplyAsync(() -> memory.reserve("c.md", 6 * MB));
		assertThatExceptionOfType(TimeoutException.class).as("the budget was not given back twice")
			.isThrownBy(() -> third.get(300, TimeUnit.MILLISECONDS));
		second.close();
		third.get(30, TimeUnit.SECONDS).close();
	}

	@Test
	void aFileThatCannotWaitLongerIsToldTheSiteIsBusy() {
		ImportMemory memory = new ImportMemory(10 * MB, Duration.ofMillis(100));
		try (ImportMemory.Reservation held = memory.reserve("a.md", 10 * MB)) {
			assertThatExceptionOfType(ImportMemory.Busy.class).isThrownBy(() -> memory.reserve("b.md", MB))
				.withMessageContaining("请稍后再试")
				.satisfies((ex) -> assertThat(ex.bulletin()).isEqualTo("b.md"));
		}
		memory.reserve("b.md", MB).close();
	}

}
