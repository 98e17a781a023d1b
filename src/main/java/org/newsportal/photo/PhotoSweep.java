package org.newsportal.photo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, deletes the photos an import stored ahead of its bulletin and never
 * linked, as when the process stopped between the two. Only those older than
 * {@link #AGE}, so an import still under way on another instance keeps its photos. Also
 * deletes spool files a stopped process left in the temporary folder.
 */
@Component
class PhotoSweep {

	private static final Logger logger = LoggerFactory.getLogger(PhotoSweep.class);

	static final Duration AGE = Duration.ofHours(1);

	/**
	 * Longer than any import takes: a spool file this old belongs to no running import.
	 */
	static final Duration SPOOL_AGE = Duration.ofDays(1);

	private final PhotoStore photos;

	private final Clock clock;

	private final TransactionTemplate transactions;

	PhotoSweep(PhotoStore photos, Clock clock, PlatformTransactionManager transactionManager) {
		this.photos = photos;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@EventListener(ApplicationReadyEvent.class)
	void sweep() {
		Integer deleted = this.transactions.execute((status) -> this.photos.sweep(this.clock.instant().minus(AGE)));
		if (deleted != null && deleted > 0) {
			logger.info("Deleted {} photos stored ahead of imports that did not finish", deleted);
		}
		int files = PhotoSpool.deleteLeftOver(Path.of(System.getProperty("java.io.tmpdir")),
				this.clock.instant().minus(SPOOL_AGE));
		if (files > 0) {
			logger.info("Deleted {} photo spool files left by processes that stopped", files);
		}
	}

}
