package org.newsportal.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Lucene index: one writer, and searchers that see only what was committed.
 * <p>
 * The index is derived data. Each commit records a marker of the database state it
 * reflects ({@link #marker()}); when the marker does not match the database, or the index
 * cannot be read, it is rebuilt from the database, so deleting the folder loses nothing.
 * Writes are serialized, so a bulletin imported during a rebuild is indexed after it,
 * never overwritten by it.
 */
public final class SearchIndex implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private static final String MARKER = "marker";

	/**
	 * Marks an index whose content is unknown (a failed update or an interrupted rebuild)
	 * so that the next start rebuilds it.
	 */
	static final String DIRTY = "dirty";

	/**
	 * Articles an import may hand over before it waits for the index: enough to keep both
	 * cores busy through the ups and downs of a bulk import, little enough that a search
	 * waiting for them (see {@link #search}) waits a second or so at most.
	 */
	private static final int UPDATE_CAPACITY = 1000;

	private final Path folder;

	private final Analyzer analyzer;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private volatile boolean dirty;

	private volatile boolean closing;

	/** Updates were made that the searchers do not see yet. */
	private volatile boolean stale;

	/**
	 * Held while a bulletin's documents are replaced (deleted, then added again) and
	 * while the whole index is rebuilt, and taken to refresh the searchers: a search
	 * never opens a reader between a delete and its adds, which showed a bulletin as gone
	 * for a moment.
	 */
	private final ReentrantLock replacing = new ReentrantLock();

	/**
	 * How long a search waits for a replacement under way before it searches the state it
	 * has: a bulletin is replaced in milliseconds, a rebuild takes minutes.
	 */
	private Duration refreshWait = Duration.ofSeconds(5);

	private Duration searchWait = Duration.ofSeconds(10);

	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

	private final IndexUpdates updates = new IndexUpdates(UPDATE_CAPACITY);

	private SearchIndex(Path folder, Analyzer analyzer, Directory directory, IndexWriter writer,
			SearcherManager searchers) {
		this.folder = folder;
		this.analyzer = analyzer;
		this.directory = directory;
		this.writer = writer;
		this.searchers = searchers;
		searchers.addListener(new ReferenceManager.RefreshListener() {

			@Override
			public void beforeRefresh() {
			}

			@Override
			public void afterRefresh(boolean didRefresh) {
				if (didRefresh) {
					notifyChange();
				}
			}

		});
	}

	/**
	 * Opens the index in the folder, creating it when missing and starting afresh when it
	 * is corrupt or was written by another Lucene version (see {@link IndexFolder}).
	 * @throws IllegalStateException when another process holds the index
	 */
	public static SearchIndex open(Path folder) {
		Analyzer analyzer = ChineseAnalysis.analyzer();
		IndexFolder.Opened opened = IndexFolder.open(folder, analyzer);
		return new SearchIndex(folder, analyzer, opened.directory(), opened.writer(), opened.searchers());
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	/**
	 * Calls the listener whenever what searches see changes: when an update is recorded
	 * and when a new reader is opened (by a rebuild's commit, or by the first search
	 * after an update). The update, because a reader is opened only when someone
	 * searches, which a cache in front of the searches may keep anyone from doing; the
	 * opening, because it is what a rebuild changes, and because a search that began just
	 * before it still saw the old reader.
	 */
	void onChange(Runnable listener) {
		this.changeListeners.add(listener);
	}

	private void notifyChange() {
		for (Runnable listener : this.changeListeners) {
			try {
				listener.run();
			}
			catch (RuntimeException ex) {
				// The index is updated either way; a listener's failure is its own.
				logger.warn("Search index change listener failed: {}", ex.toString());
			}
		}
	}

	Path folder() {
		return this.folder;
	}

	/**
	 * The database state the last commit reflects, or {@code null} for a new index.
	 */
	public String marker() {
		for (Map.Entry<String, String> entry : this.writer.getLiveCommitData()) {
			if (MARKER.equals(entry.getKey())) {
				return entry.getValue();
			}
		}
		return null;
	}

	/**
	 * The number of documents searches see, updates not yet committed included.
	 */
	public int size() {
		return search((searcher) -> searcher.getIndexReader().numDocs());
	}

	/**
	 * Replaces a bulletin's documents with its current articles (none when it was
	 * deleted) and records the database state they reflect ({@code null}: see
	 * {@link #changed}).
	 */
	public void replaceBulletin(long bulletinId, List<IndexedArticle> articles, String marker) {
		replaceBulletins(List.of(bulletinId), (id, consumer) -> consumer.accept(articles), marker);
	}

	/**
	 * Runs an update on the index's own thread, after those submitted before it, and
	 * returns at once unless too many articles are already waiting. Searches and
	 * {@link #commitPending()} wait for what was submitted before them, so a search made
	 * after an import returned still finds its articles.
	 * @param articles how many articles the update holds
	 * @return {@code false} when the update was not taken because the index is closing or
	 * the thread was interrupted
	 */
	boolean submit(int articles, Runnable update) {
		try {
			return this.updates.submit(articles, update);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Whether no submitted update is waiting (besides the one calling, on the update
	 * thread).
	 */
	boolean updatesIdle() {
		return this.updates.idle();
	}

	/**
	 * Waits until the updates submitted so far have been applied; returns early, with the
	 * thread's interrupt flag set, when interrupted.
	 */
	void awaitUpdates() {
		try {
			this.updates.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Replaces the documents of several bulletins with their current articles as the
	 * source hands them out, batch by batch (none for a deleted bulletin).
	 */
	public void replaceBulletins(Collection<Long> bulletinIds, ArticleSource source, String marker) {
		replaceBulletins(bulletinIds, source::forEachInBulletin, marker);
	}

	private synchronized void replaceBulletins(Collection<Long> bulletinIds, BulletinArticles articles, String marker) {
		try {
			for (long bulletinId : bulletinIds) {
				this.replacing.lock();
				try {
					this.writer.deleteDocuments(ArticleDocuments.bulletinTerm(bulletinId));
					articles.forEach(bulletinId, (batch) -> batch.forEach(this::add));
				}
				finally {
					this.replacing.unlock();
				}
			}
			changed(marker);
		}
		catch (IOException ex) {
			this.dirty = true;
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			this.dirty = true;
			throw ex;
		}
	}

	private void add(IndexedArticle article) {
		try {
			this.writer.addDocument(ArticleDocuments.toDocument(article));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface BulletinArticles {

		void forEach(long bulletinId, Consumer<List<IndexedArticle>> consumer);

	}

	/**
	 * The revision of each bulletin in the last commit, read from doc values: a few
	 * milliseconds for a hundred thousand articles. A bulletin with documents of
	 * different revisions gets the lowest, so it looks stale.
	 */
	public Map<Long, Long> bulletinRevisions() {
		return search((searcher) -> {
			Map<Long, Long> revisions = new HashMap<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				LeafReader reader = leaf.reader();
				NumericDocValues ids = DocValues.getNumeric(reader, SearchFields.BULLETIN_ID);
				NumericDocValues revision = DocValues.getNumeric(reader, SearchFields.BULLETIN_REVISION);
				Bits live = reader.getLiveDocs();
				for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
					if (live == null || live.get(doc)) {
						long value = revision.advanceExact(doc) ? revision.longValue() : -1;
						revisions.merge(ids.longValue(), value, Math::min);
					}
				}
			}
			return revisions;
		});
	}

	/**
	 * Replaces everything with the articles the source hands out, committing once at the
	 * end: readers keep the previous index until then.
	 */
	public synchronized void rebuild(ArticleSource source) {
		long started = System.nanoTime();
		String marker = source.marker();
		this.replacing.lock();
		try {
			this.writer.deleteAll();
			int[] count = { 0 };
			source.forEachBatch((batch) -> {
				if (this.closing) {
					throw new IllegalStateException("Search index closed during rebuild");
				}
				for (IndexedArticle article : batch) {
					addOrUpdate(article);
					count[0]++;
				}
			});
			commit(marker);
			logger.info("Search index rebuilt: {} articles in {} ms", count[0],
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException ex) {
			this.dirty = true;
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			this.dirty = true;
			throw ex;
		}
		finally {
			this.replacing.unlock();
		}
	}

	private void addOrUpdate(IndexedArticle article) {
		try {
			this.writer.updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.toDocument(article));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Records that the index no longer matches the database, so the next start rebuilds
	 * it.
	 */
	public synchronized void markDirty() {
		this.dirty = true;
		try {
			commit(DIRTY);
		}
		catch (IOException ex) {
			logger.warn("Search index could not be marked for rebuild: {}", ex.toString());
		}
	}

	/**
	 * Records an update without committing it. A commit per bulletin (segment flush and
	 * fsync) cost more than parsing and storing the bulletin; updates are committed by
	 * {@link #commitPending()} every sync interval and on close instead, and the next
	 * search sees them at once through a near-real-time reader. Should the process die in
	 * between, the committed marker is behind the database, and the start-up check and
	 * the synchronisation bring the index in step.
	 * <p>
	 * A {@code null} marker leaves the recorded one as it was: it then reflects an older
	 * state of the database, which at worst makes the next start rebuild the index.
	 */
	private void changed(String marker) {
		if (this.dirty || marker != null) {
			this.writer.setLiveCommitData(Map.of(MARKER, this.dirty ? DIRTY : marker).entrySet());
		}
		this.stale = true;
		notifyChange();
	}

	/**
	 * Commits the updates made since the last commit, if any, after the submitted ones
	 * have been applied.
	 */
	public void commitPending() {
		awaitUpdates();
		commitApplied();
	}

	private synchronized void commitApplied() {
		if (!this.writer.hasUncommittedChanges() || this.closing) {
			return;
		}
		try {
			this.writer.commit();
		}
		catch (IOException ex) {
			this.dirty = true;
			throw new UncheckedIOException(ex);
		}
	}

	private void commit(String marker) throws IOException {
		this.writer.setLiveCommitData(Map.of(MARKER, this.dirty ? DIRTY : marker).entrySet());
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	/**
	 * Refreshed on read, not on every write: a bulk import opens one reader per search
	 * instead of one per bulletin. Never in the middle of a replacement: the search then
	 * waits for it, or, behind a rebuild, searches the state it has.
	 */
	private void refresh() throws IOException {
		try {
			if (!this.replacing.tryLock(this.refreshWait.toMillis(), TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			this.stale = false;
			this.searchers.maybeRefreshBlocking();
		}
		finally {
			this.replacing.unlock();
		}
	}

	/**
	 * A search waits for the updates handed over before it, so an editor finds what was
	 * just imported; but a reader never waits longer than ten seconds (a page of millions
	 * of characters takes minutes to analyse on a busy machine), and then searches what
	 * is indexed so far.
	 */
	private void awaitUpdatesForSearch() {
		try {
			this.updates.await(this.searchWait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** For tests: how long a search waits for the updates handed over before it. */
	void searchWait(Duration wait) {
		this.searchWait = wait;
	}

	/** For tests: how long a search waits for a replacement under way. */
	void refreshWait(Duration wait) {
		this.refreshWait = wait;
	}

	/**
	 * Runs a search on the latest committed state.
	 */
	<T> T search(SearcherFunction<T> search) {
		try {
			awaitUpdatesForSearch();
			if (this.stale) {
				refresh();
			}
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		// What imports handed over is applied first, then committed below.
		this.updates.close();
		this.closing = true;
		synchronized (this) {
			try {
				if (this.writer.hasUncommittedChanges()) {
					this.writer.commit();
				}
				this.searchers.close();
				this.writer.close();
			}
			finally {
				this.directory.close();
			}
		}
	}

	@FunctionalInterface
	interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}
