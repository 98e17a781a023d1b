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
 * @param syncInterval how often the index checks the database for imports made by other
 * instances or by the {@code --import} command
 */
@ConfigurationProperties("portal.search")
record SearchProperties(Path indexDir, @DefaultValue("true") boolean enabled,
		@DefaultValue("3s") Duration syncInterval) {

}
