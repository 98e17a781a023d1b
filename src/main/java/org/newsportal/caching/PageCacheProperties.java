package org.newsportal.caching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Page cache settings, under {@code portal.page-cache.*} (see {@link PageCache}).
 *
 * @param enabled whether readers' pages are kept in memory at all
 * @param ttl how long a page is served from memory at most: the bound on staleness when
 * nothing clears the cache (search disabled and an import made elsewhere)
 * @param maxSize the memory the pages may take together, bodies and headers counted
 * @param maxEntrySize the largest body kept; larger pages are rendered every time
 */
@ConfigurationProperties("portal.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration ttl,
		@DefaultValue("32MB") DataSize maxSize, @DefaultValue("1MB") DataSize maxEntrySize) {

}
