package org.newsportal.search;

import java.util.Objects;

import org.newsportal.importer.BulletinDeleted;
import org.newsportal.importer.BulletinImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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
 */
@Component
@Order(20)
class SearchIndexMaintainer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexMaintainer.class);

	private final SearchIndex index;

	private final ArticleSource source;

	SearchIndexMaintainer(SearchIndex index, ArticleSource source) {
		this.index = index;
		this.source = source;
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
			this.index.replaceBulletin(bulletinId, this.source.bulletin(bulletinId), this.source.marker());
		}
		catch (RuntimeException ex) {
			logger.error("Search index not updated for bulletin {}; it will be rebuilt at the next start", name, ex);
			this.index.markDirty();
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!isFresh()) {
			Thread rebuild = new Thread(this::rebuildQuietly, "search-index-rebuild");
			rebuild.setDaemon(true);
			rebuild.start();
		}
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
	}

}
