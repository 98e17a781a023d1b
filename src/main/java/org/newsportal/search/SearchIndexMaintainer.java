package org.newsportal.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.newsportal.importer.BulletinDeleted;
import org.newsportal.importer.BulletinImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
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
 * {@code --import} command are caught by {@link #synchronize()}, which the scheduler runs
 * every {@code portal.search.sync-interval}: it compares a two-number fingerprint of the
 * bulletin table with the last one seen and, when it changed, re-indexes exactly the
 * bulletins whose revision differs between the database and the index. Once caught up it
 * publishes {@link BulletinsChanged}, the signal other caches use for imports made
 * elsewhere.
 */
@Component
@Order(20)
@ConditionalOnSearchEnabled
class SearchIndexMaintainer implements ApplicationRunner, SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexMaintainer.class);

	private final SearchIndex index;

	private final ArticleSource source;

	private final ApplicationEventPublisher events;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private volatile String lastFingerprint;

	private volatile boolean started;

	private final Duration syncInterval;

	private static final int SYNC_BATCH = 50;

	SearchIndexMaintainer(SearchIndex index, ArticleSource source, SearchProperties properties,
			ApplicationEventPublisher events) {
		this.index = index;
		this.source = source;
		this.events = events;
		this.syncInterval = properties.syncInterval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new IntervalTask(this::synchronize, this.syncInterval, this.syncInterval));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onImported(BulletinImported event) {
		reindex(event.bulletinId(), event.name());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onDeleted(BulletinDeleted event) {
		reindex(event.bulletinId(), event.name());
	}

	/**
	 * A failure here must not fail the import, which is already committed: the index is
	 * marked for a rebuild at the next start instead.
	 */
	private void reindex(long bulletinId, String name) {
		try {
			this.index.replaceBulletins(List.of(bulletinId), this.source, this.source.marker());
		}
		catch (RuntimeException ex) {
			logger.error("Search index not updated for bulletin {}; it will be rebuilt at the next start", name, ex);
			this.index.markDirty();
		}
	}

	/**
	 * Brings the index in step with imports and deletions made elsewhere.
	 * @return how many bulletins were re-indexed
	 */
	int synchronize() {
		if (!this.started || this.rebuilding.get()) {
			return 0;
		}
		try {
			this.index.commitPending();
			// Read before the diff: a change made during it shows up as a new
			// fingerprint next time.
			String fingerprint = this.source.bulletinsFingerprint();
			if (fingerprint.equals(this.lastFingerprint)) {
				return 0;
			}
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
			this.lastFingerprint = fingerprint;
			// After the index caught up, so pages rendered after this see the new
			// search results too.
			this.events.publishEvent(new BulletinsChanged(fingerprint));
			return changed.size();
		}
		catch (RuntimeException ex) {
			// Tried again at the next tick; nothing to mark dirty, the diff finds it.
			logger.warn("Search index synchronisation failed: {}", ex.toString());
			return 0;
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!isFresh()) {
			// Before started is set, so the scheduler never diffs a half-built index.
			this.rebuilding.set(true);
			Thread rebuild = new Thread(this::rebuildQuietly, "search-index-rebuild");
			rebuild.setDaemon(true);
			rebuild.start();
		}
		this.started = true;
	}

	boolean isFresh() {
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
		}
	}

}
