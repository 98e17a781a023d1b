package org.newsportal.search;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index updates applied in order on a thread of their own, so that an import goes on with
 * its next bulletin while Lucene analyses the last one: on two cores the two halves of an
 * import then run side by side instead of one after the other.
 * <p>
 * The queue is bounded by the number of articles waiting (at least one update is always
 * taken), which bounds both the memory the waiting articles hold and how long
 * {@link #await()} can take. Closing runs what is still waiting before the thread ends.
 */
final class IndexUpdates implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(IndexUpdates.class);

	private final int capacity;

	private final Deque<Update> waiting = new ArrayDeque<>();

	private final Thread thread;

	private int waitingArticles;

	private long submitted;

	private long completed;

	private boolean closed;

	IndexUpdates(int capacity) {
		this.capacity = capacity;
		this.thread = new Thread(this::run, "search-index-updates");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Queues an update, waiting while the queue is full.
	 * @param articles how many articles the update holds
	 * @return {@code false} when the queue was closed and the update was not taken
	 */
	synchronized boolean submit(int articles, Runnable update) throws InterruptedException {
		while (!this.closed && !this.waiting.isEmpty() && this.waitingArticles + articles > this.capacity) {
			wait();
		}
		if (this.closed) {
			return false;
		}
		this.waiting.add(new Update(articles, update));
		this.waitingArticles += articles;
		this.submitted++;
		notifyAll();
		return true;
	}

	/**
	 * Whether no update is waiting (behind the one running, when called from it).
	 */
	synchronized boolean idle() {
		return this.waiting.isEmpty();
	}

	/**
	 * Waits until every update submitted before this call has been applied. Returns at
	 * once on the updating thread itself, which would otherwise wait for itself.
	 */
	void await() throws InterruptedException {
		if (Thread.currentThread() == this.thread) {
			return;
		}
		synchronized (this) {
			long target = this.submitted;
			while (this.completed < target) {
				wait();
			}
		}
	}

	/**
	 * Waits as {@link #await()} does, but at most {@code timeout}.
	 * @return whether every update submitted before the call has been applied
	 */
	boolean await(Duration timeout) throws InterruptedException {
		if (Thread.currentThread() == this.thread) {
			return true;
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this) {
			long target = this.submitted;
			while (this.completed < target) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			return true;
		}
	}

	private void run() {
		while (true) {
			Update next;
			synchronized (this) {
				while (this.waiting.isEmpty() && !this.closed) {
					try {
						wait();
					}
					catch (InterruptedException ex) {
						// Only close() ends the thread, after the queue ran empty.
					}
				}
				if (this.waiting.isEmpty()) {
					return;
				}
				next = this.waiting.poll();
			}
			try {
				next.task().run();
			}
			catch (RuntimeException | Error ex) {
				// The task reports its own failures; this keeps the thread, and so every
				// await(), alive whatever escapes.
				logger.error("Search index update failed", ex);
			}
			finally {
				synchronized (this) {
					// Counted until applied: the running update's articles are held too.
					this.waitingArticles -= next.articles();
					this.completed++;
					notifyAll();
				}
			}
		}
	}

	/**
	 * Applies what is still waiting, then ends the thread; later updates are refused.
	 */
	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			notifyAll();
		}
		if (Thread.currentThread() == this.thread) {
			return;
		}
		boolean interrupted = false;
		while (this.thread.isAlive()) {
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private record Update(int articles, Runnable task) {

	}

}
