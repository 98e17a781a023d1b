package org.newsportal.article.change;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher announces a change of the bulletin table once, and nothing else.
 */
class BulletinChangeWatcherTests {

	private final AtomicReference<Object> fingerprint = new AtomicReference<>("1:1");

	private final List<Object> published = new ArrayList<>();

	private final BulletinChangeWatcher watcher = new BulletinChangeWatcher(this::read, this.published::add,
			Duration.ofSeconds(3));

	private String read() {
		Object value = this.fingerprint.get();
		if (value instanceof RuntimeException ex) {
			throw ex;
		}
		return (String) value;
	}

	@Test
	void theFirstLookAnnouncesWhatIsThereSoAnythingChangedDuringStartUpIsCaughtUp() {
		assertThat(this.watcher.look()).isTrue();
		assertThat(this.published).containsExactly(new BulletinsChanged("1:1"));
	}

	@Test
	void announcesEachChangeOnceAndNothingWhileTheTableStaysTheSame() {
		this.watcher.look();
		assertThat(this.watcher.look()).isFalse();
		this.fingerprint.set("2:3");
		assertThat(this.watcher.look()).isTrue();
		assertThat(this.watcher.look()).isFalse();
		assertThat(this.published).containsExactly(new BulletinsChanged("1:1"), new BulletinsChanged("2:3"));
	}

	@Test
	void aDatabaseAwayForAMomentAnnouncesNothingAndTheChangeIsSeenAtTheNextLook() {
		this.watcher.look();
		this.fingerprint.set(new IllegalStateException("connection refused"));
		assertThat(this.watcher.look()).isFalse();
		this.fingerprint.set("2:3");
		assertThat(this.watcher.look()).isTrue();
		assertThat(this.published).containsExactly(new BulletinsChanged("1:1"), new BulletinsChanged("2:3"));
	}

}
