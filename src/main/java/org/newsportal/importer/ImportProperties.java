package org.newsportal.importer;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import settings, under {@code portal.import.*}.
 *
 * @param watchDir a folder the site imports bulletins from as they are dropped there (see
 * {@link WatchFolder}); unset, nothing is watched
 * @param watchInterval how long the watch folder waits between two looks; a file is
 * imported once it is unchanged across one interval
 */
@ConfigurationProperties("portal.import")
record ImportProperties(Path watchDir, @DefaultValue("5s") Duration watchInterval) {

	ImportProperties {
		// Zero would poll the folder in a busy loop.
		if (watchInterval.isZero() || watchInterval.isNegative()) {
			throw new IllegalArgumentException("portal.import.watch-interval must be positive, not " + watchInterval);
		}
	}

}
