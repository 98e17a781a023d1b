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
 * @param stale how long past {@code ttl} an expired page is still kept, to be answered
 * while one request renders it again (stale-while-revalidate); {@code 0s} makes every
 * request for an expired page wait for the new one
 * @param maxSize the memory the pages may take together, bodies and headers counted
 * @param maxEntrySize the largest body kept; larger pages are rendered every time
 */
@ConfigurationProperties("portal.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration ttl,
		@DefaultValue("1m") Duration stale, @DefaultValue("32MB") DataSize maxSize,
		@DefaultValue("1MB") DataSize maxEntrySize) {

}
