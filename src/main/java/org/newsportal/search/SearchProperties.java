package org.newsportal.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings, under {@code portal.search.*}.
 *
 * @param indexDir where the index lives; derived data, safe to delete while the site is
 * stopped
 * @param enabled whether this process has a search index at all (the {@code --import}
 * command has none)
 * @param syncInterval how often recorded index updates are committed and a catch-up with
 * imports made elsewhere that was put off is tried again; also how often the bulletins
 * are checked for changes unless {@code portal.changes.check-interval} says otherwise
 * @param concurrency how many searches may run at once; {@code 0} for one per processor
 * @param queueWait how long a search waits for one of those to end before the reader is
 * told the site is busy (503 with {@code Retry-After})
 */
@ConfigurationProperties("portal.search")
record SearchProperties(Path indexDir, @DefaultValue("true") boolean enabled, @DefaultValue("3s") Duration syncInterval,
		@DefaultValue("0") int concurrency, @DefaultValue("1s") Duration queueWait) {

}
