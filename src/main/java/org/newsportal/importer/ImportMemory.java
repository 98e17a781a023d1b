package org.newsportal.importer;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * How many uploaded bytes the site reads and imports at once. A bulletin takes about
 * three times its size in memory while it is decoded, parsed and stored, so two pages at
 * the size limit arriving together would not fit a 256 MB heap. A caller reserves a
 * file's size before it reads the file, and waits its turn when others are in progress;
 * small files hardly wait, since only large ones fill the budget.
 */
@Component
public class ImportMemory {

	/** How long a request waits for its turn before it is told to come back later. */
	static final Duration WAIT = Duration.ofSeconds(30);

	private final Semaphore kilobytes;

	private final int capacity;

	private final Duration wait;

	ImportMemory() {
		// An eighth of the heap: 32 MB with -Xmx256m, which holds one page at the 20 MB
		// limit and leaves room for small ones beside it.
		this(Runtime.getRuntime().maxMemory() / 8, WAIT);
	}

	ImportMemory(long budget, Duration wait) {
		this.capacity = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / 1024));
		this.kilobytes = new Semaphore(this.capacity, true);
		this.wait = wait;
	}

	/**
	 * Reserves memory for reading and importing a file of the given size; close the
	 * reservation when done. A file larger than the whole budget takes all of it.
	 * @throws ImportException when the site stays busy with other large files
	 */
	public Reservation reserve(String name, long bytes) {
		int wanted = (int) Math.min(this.capacity, Math.max(1, (bytes + 1023) / 1024));
		try {
			if (!this.kilobytes.tryAcquire(wanted, this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new Busy(name);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Busy(name);
		}
		return new Reservation(this.kilobytes, wanted);
	}

	/** Memory reserved for one file, given back when closed (once). */
	public static final class Reservation implements AutoCloseable {

		private final Semaphore kilobytes;

		private int held;

		private Reservation(Semaphore kilobytes, int held) {
			this.kilobytes = kilobytes;
			this.held = held;
		}

		@Override
		public synchronized void close() {
			this.kilobytes.release(this.held);
			this.held = 0;
		}

	}

	/** Other large files are being imported and this one could not wait longer. */
	public static final class Busy extends ImportException {

		Busy(String bulletin) {
			super(bulletin, "网站正在导入其他大文件，请稍后再试", 0);
		}

	}

}
