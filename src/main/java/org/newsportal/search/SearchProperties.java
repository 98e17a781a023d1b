package org.newsportal.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings, under {@code portal.search.*}.
 *
 * @param indexDir where the index lives; derived data, safe to delete while the site is
 * stopped
 */
@ConfigurationProperties("portal.search")
record SearchProperties(Path indexDir) {

}
