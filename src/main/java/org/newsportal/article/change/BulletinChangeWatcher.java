package org.newsportal.article.change;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Notices imports and deletions made by another instance or by the {@code --import}
 * command, which no event of this process announces: every
 * {@code portal.changes.check-interval} it reads the bulletin table's
 * {@link BulletinFingerprint} and, when it differs from the last one seen, publishes
 * {@link BulletinsChanged}. The search index catches up on it, the page cache and the
 * related articles forget what they kept.
 * <p>
 * It runs whether search is enabled or not: the caches depend on it as much as the index.
 * It runs in the site only; the {@code --import} command has nothing to keep in step. The
 * first look always publishes: whatever was changed while this process started is caught
 * up then.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
public class BulletinChangeWatcher implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(BulletinChangeWatcher.class);

	private final Supplier<String> fingerprint;

	private final ApplicationEventPublisher events;

	private final Duration interval;

	private volatile String lastFingerprint;

	@Autowired
	BulletinChangeWatcher(BulletinFingerprint fingerprint, ApplicationEventPublisher events,
			@Value("${portal.changes.check-interval:${portal.search.sync-interval:3s}}") Duration interval) {
		this(fingerprint::read, events, interval);
	}

	BulletinChangeWatcher(Supplier<String> fingerprint, ApplicationEventPublisher events, Duration interval) {
		this.fingerprint = fingerprint;
		this.events = events;
		this.interval = interval;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new IntervalTask(this::look, this.interval, this.interval));
	}

	/**
	 * Reads the fingerprint and announces a change.
	 * @return whether the bulletins changed since the last look
	 */
	boolean look() {
		String now;
		try {
			now = this.fingerprint.get();
		}
		catch (RuntimeException ex) {
			// The database is away for a moment: tried again at the next look.
			logger.warn("Could not check the bulletins for changes: {}", ex.toString());
			return false;
		}
		if (now.equals(this.lastFingerprint)) {
			return false;
		}
		// Before the listeners run: a change made while they work shows up as a new
		// fingerprint at the next look.
		this.lastFingerprint = now;
		this.events.publishEvent(new BulletinsChanged(now));
		return true;
	}

}
