package org.newsportal.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.newsportal.article.change.BulletinDeleted;
import org.newsportal.article.change.BulletinImported;
import org.newsportal.article.change.BulletinsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database: each imported or deleted bulletin is
 * re-indexed after its commit, and at start-up a missing, stale or corrupt index is
 * rebuilt.
 * <p>
 * The start-up check runs after the seed import, so freshly imported seeds are indexed by
 * their events and do not trigger a rebuild. A rebuild runs in the background: the site
 * starts at once and searches the previous committed state until it is done.
 * <p>
 * Events only reach this instance. Imports made by another instance or by the
 * {@code --import} command are noticed on the article side
 * ({@code article.change.BulletinChangeWatcher}), which publishes
 * {@link BulletinsChanged}; on it, {@link #catchUp()} re-indexes exactly the bulletins
 * whose revision differs between the database and the index. Every
 * {@code portal.search.sync-interval} the scheduler commits what was recorded and retries
 * a catch-up that was put off or failed.
 */
@Component
@Order(20)
@ConditionalOnSearchEnabled
class SearchIndexMaintainer implements ApplicationRunner, SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexMaintainer.class);

	private final SearchIndex index;

	private final ArticleSource source;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	/** Whether a catch-up was put off or failed, and is due at the next tick. */
	private volatile boolean behind;

	private volatile boolean started;

	private final Duration syncInterval;

	private static final int SYNC_BATCH = 50;

	SearchIndexMaintainer(SearchIndex index, ArticleSource source, SearchProperties properties) {
		this.index = index;
		this.source = source;
		this.syncInterval = properties.syncInterval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new IntervalTask(this::tick, this.syncInterval, this.syncInterval));
	}

	/**
	 * Indexes the articles the import handed over on the index's own thread, so the
	 * import goes on with its next bulletin meanwhile (searches wait for it, see
	 * {@link SearchIndex#submit}). A page too large to hand over is read back from the
	 * database on that thread too, as a deletion is, after the updates submitted before
	 * it: the import has returned by then and no longer holds the page in memory.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onImported(BulletinImported event) {
		if (event.articles().isEmpty()) {
			submitReindex(event.bulletinId(), event.name());
			return;
		}
		List<IndexedArticle> articles = event.articles().stream().map(IndexedArticle::of).toList();
		if (!this.index.submit(articles.size(), () -> replace(event.bulletinId(), event.name(), articles))) {
			notUpdated(event.name(), null);
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onDeleted(BulletinDeleted event) {
		submitReindex(event.bulletinId(), event.name());
	}

	private void submitReindex(long bulletinId, String name) {
		if (!this.index.submit(1, () -> reindex(bulletinId, name))) {
			notUpdated(name, null);
		}
	}

	/**
	 * Runs on the index's thread. The database's marker is read only when no other update
	 * waits: during a bulk import that is one query in many bulletins instead of one for
	 * each (it counts the whole bulletin table), and the last update of the series
	 * records it.
	 */
	private void replace(long bulletinId, String name, List<IndexedArticle> articles) {
		try {
			String marker = this.index.updatesIdle() ? this.source.marker() : null;
			this.index.replaceBulletin(bulletinId, articles, marker);
		}
		catch (RuntimeException ex) {
			notUpdated(name, ex);
		}
	}

	private void reindex(long bulletinId, String name) {
		try {
			this.index.awaitUpdates();
			this.index.replaceBulletins(List.of(bulletinId), this.source, this.source.marker());
		}
		catch (RuntimeException ex) {
			notUpdated(name, ex);
		}
	}

	/**
	 * A failure here must not fail the import, which is already committed: the index is
	 * marked for a rebuild at the next start instead.
	 */
	private void notUpdated(String name, RuntimeException ex) {
		logger.error("Search index not updated for bulletin {}; it will be rebuilt at the next start", name, ex);
		try {
			this.index.markDirty();
		}
		catch (RuntimeException again) {
			// A closed index: its marker is behind the database already.
			logger.warn("Search index could not be marked for rebuild: {}", again.toString());
		}
	}

	/**
	 * Applies what imports handed over while the database is still there to read the
	 * marker from: this bean is destroyed before the data source it depends on, the index
	 * after it.
	 */
	@PreDestroy
	void applyPendingUpdates() {
		this.index.awaitUpdates();
	}

	/**
	 * Runs before the caches that listen to the same signal are emptied, so that pages
	 * rendered after the clear see the new search results too.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onBulletinsChanged(BulletinsChanged event) {
		catchUp();
	}

	/**
	 * Commits what was recorded since the last tick, and catches up where a catch-up was
	 * put off (before the start-up check, during a rebuild) or failed.
	 */
	void tick() {
		if (!this.started || this.rebuilding.get()) {
			// A rebuild holds the index and commits its own work, and whatever changed
			// meanwhile is caught up after it; waiting here would hold up the scheduler
			// (the bulletin check and the watch folder share it) for the whole rebuild
			return;
		}
		try {
			this.index.commitPending();
		}
		catch (RuntimeException ex) {
			logger.warn("Search index commit failed: {}", ex.toString());
		}
		if (this.behind) {
			catchUp();
		}
	}

	/**
	 * Brings the index in step with imports and deletions made elsewhere: re-indexes
	 * exactly the bulletins whose revision differs between the database and the index.
	 * @return how many bulletins were re-indexed
	 */
	synchronized int catchUp() {
		if (!this.started || this.rebuilding.get()) {
			this.behind = true;
			return 0;
		}
		// Cleared before the diff: a change made during it is caught by the next signal
		this.behind = false;
		try {
			this.index.commitPending();
			Map<Long, Long> database = this.source.bulletinRevisions();
			Map<Long, Long> indexed = this.index.bulletinRevisions();
			Set<Long> changed = new TreeSet<>();
			database.forEach((id, revision) -> {
				if (!revision.equals(indexed.get(id))) {
					changed.add(id);
				}
			});
			indexed.keySet().stream().filter((id) -> !database.containsKey(id)).forEach(changed::add);
			// The source reads a few hundred articles at a time, so a large import
			// elsewhere is never held in memory at once.
			List<Long> ids = List.copyOf(changed);
			for (int from = 0; from < ids.size(); from += SYNC_BATCH) {
				this.index.replaceBulletins(ids.subList(from, Math.min(ids.size(), from + SYNC_BATCH)), this.source,
						this.source.marker());
			}
			if (!changed.isEmpty()) {
				logger.info("Search index caught up with {} bulletin(s) changed elsewhere", changed.size());
			}
			return changed.size();
		}
		catch (RuntimeException ex) {
			// Tried again at the next tick; nothing to mark dirty, the diff finds it.
			logger.warn("Search index synchronisation failed: {}", ex.toString());
			this.behind = true;
			return 0;
		}
	}

	/**
	 * An index that is only behind the database (the process stopped before its last
	 * updates were committed, or others imported meanwhile) catches up here, before the
	 * start-up goes on, by re-indexing the bulletins whose revision differs: seconds even
	 * for a large archive, so searches do not serve an old state for long. Only an index
	 * that is missing, marked dirty or built to another schema is rebuilt from scratch,
	 * in the background.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (!isFresh() && !canCatchUp()) {
			// Before started is set, so the scheduler never diffs a half-built index.
			this.rebuilding.set(true);
			Thread rebuild = new Thread(this::rebuildQuietly, "search-index-rebuild");
			rebuild.setDaemon(true);
			rebuild.start();
			this.started = true;
			return;
		}
		this.started = true;
		if (!isFresh()) {
			logger.info("Search index is behind the database (index {}, database {}); catching up", this.index.marker(),
					this.source.marker());
			catchUp();
		}
	}

	/**
	 * Whether the index holds documents of the current schema, so that re-indexing the
	 * bulletins that differ brings it in step. A marker starts with the schema, up to its
	 * first colon.
	 */
	private boolean canCatchUp() {
		String indexed = schema(this.index.marker());
		return indexed != null && indexed.equals(schema(this.source.marker()));
	}

	private static String schema(String marker) {
		int colon = (marker != null) ? marker.indexOf(':') : -1;
		return (colon > 0) ? marker.substring(0, colon) : null;
	}

	boolean isFresh() {
		// The seed import just handed its articles over: the marker is recorded once
		// they are in.
		this.index.awaitUpdates();
		return Objects.equals(this.index.marker(), this.source.marker());
	}

	/**
	 * Rebuilds the index when it does not reflect the database.
	 * @return whether it was rebuilt
	 */
	boolean rebuildIfStale() {
		if (isFresh()) {
			return false;
		}
		logger.info("Search index is missing or stale (index {}, database {}); rebuilding", this.index.marker(),
				this.source.marker());
		this.index.rebuild(this.source);
		return true;
	}

	private void rebuildQuietly() {
		try {
			rebuildIfStale();
		}
		catch (RuntimeException ex) {
			logger.error("Search index rebuild failed; it will be tried again at the next start", ex);
		}
		finally {
			this.rebuilding.set(false);
			// What changed during the rebuild is caught up at the next tick
			this.behind = true;
		}
	}

}
