package org.newsportal.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many searches run at once. A search is work for the processor alone (the index is
 * in memory-mapped files), so more of them at once than there are cores only makes each
 * slower and every page the site serves with them: past the limit a search waits for a
 * slot, and past {@code wait} it is refused with {@link SearchBusyException} (503 with
 * {@code Retry-After}), so that under a flood of distinct queries the site sheds the
 * surplus quickly instead of letting every request time out.
 */
final class SearchSlots {

	private final Semaphore slots;

	private final long waitNanos;

	/**
	 * @param slots the searches that may run at once; {@code 0} or less for one per
	 * processor
	 * @param wait how long a search waits for a slot before it is refused
	 */
	SearchSlots(int slots, Duration wait) {
		this.slots = new Semaphore((slots > 0) ? slots : Runtime.getRuntime().availableProcessors(), true);
		this.waitNanos = wait.toNanos();
	}

	<T> T run(Work<T> work) throws IOException {
		boolean acquired;
		try {
			acquired = this.slots.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SearchBusyException();
		}
		if (!acquired) {
			throw new SearchBusyException();
		}
		try {
			return work.run();
		}
		finally {
			this.slots.release();
		}
	}

	/** Slots free now (for tests). */
	int available() {
		return this.slots.availablePermits();
	}

	@FunctionalInterface
	interface Work<T> {

		T run() throws IOException;

	}

}
