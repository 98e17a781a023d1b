package org.newsportal.caching;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.newsportal.article.change.BulletinDeleted;
import org.newsportal.article.change.BulletinImported;
import org.newsportal.article.change.BulletinsChanged;
import org.newsportal.search.SearchIndexChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The readers' pages as last rendered, in memory, so that a repeated request is answered
 * without Spring Security, a controller, queries or Thymeleaf ({@link PageCacheFilter}
 * decides what goes in and answers from it).
 * <p>
 * <b>Why a page is never stale for long.</b> Every page expires {@code ttl} after it was
 * rendered ({@code portal.page-cache.ttl}, 10 s), whatever happened: that alone bounds
 * staleness. An expired page is still kept for {@code portal.page-cache.stale} (1 min),
 * and answered only while one request renders it again ({@link Found#stale()}): a popular
 * page is then re-rendered by one reader while the others are answered at once, instead
 * of all of them waiting for the re-rendering (stale-while-revalidate). Besides,
 * everything is dropped at once, expired or not:
 * <ul>
 * <li>after an import or deletion made by this instance commits
 * ({@link BulletinImported}, {@link BulletinDeleted}, after the commit, like
 * {@code article.RelatedArticles});</li>
 * <li>when the search index changes ({@link SearchIndexChanged}): it is updated after the
 * import's commit, so a search page rendered in between shows the old results;</li>
 * <li>when the bulletin table changed ({@link BulletinsChanged}, looked for every
 * {@code portal.changes.check-interval}): the only word of an import made by another
 * instance or by {@code --import}, with search enabled or not.</li>
 * </ul>
 * A page whose rendering began before a clear may have read the old data, so it is not
 * kept when it finishes after the clear ({@link #generation()}); without that a request
 * running across the import's commit would keep the old page for the whole TTL.
 * <p>
 * A page also depends on things no event announces: the templates of the running release
 * (the cache lives and dies with the process) and the host name the request came by (part
 * of the key). Bounded by Caffeine by weight: bodies and headers count, up to
 * {@code max-size}.
 */
final class PageCache {

	private static final Logger logger = LoggerFactory.getLogger(PageCache.class);

	private final Cache<String, Kept> pages;

	private final Ticker ticker;

	private final long ttlNanos;

	/** Counts the clears, so a page rendered across one is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final long maxEntrySize;

	/** The pages being rendered now, by key. */
	private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

	PageCache(PageCacheProperties properties) {
		this(properties, Ticker.systemTicker());
	}

	PageCache(PageCacheProperties properties, Ticker ticker) {
		this.ticker = ticker;
		this.ttlNanos = properties.ttl().toNanos();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, Kept kept) -> kept.page().weight(key))
			.expireAfterWrite(properties.ttl().plus(properties.stale()))
			.ticker(ticker)
			.build();
		this.maxEntrySize = properties.maxEntrySize().toBytes();
	}

	/**
	 * The page kept under the key, fresh or expired, or {@code null}.
	 */
	Found find(String key) {
		Kept kept = this.pages.getIfPresent(key);
		if (kept == null) {
			return null;
		}
		return new Found(kept.page(), this.ticker.read() - kept.freshUntil() >= 0);
	}

	/** The page kept under the key if it has not expired, or {@code null}. */
	CachedPage get(String key) {
		Found found = find(key);
		return (found != null && !found.stale()) ? found.page() : null;
	}

	/**
	 * The current generation, to be taken before the page is rendered and handed to
	 * {@link #put}.
	 */
	long generation() {
		return this.generation.get();
	}

	long maxEntrySize() {
		return this.maxEntrySize;
	}

	/**
	 * Keeps a page unless the cache was cleared since its rendering began.
	 * @param generation {@link #generation()} before the rendering began
	 * @return whether it was kept
	 */
	boolean put(String key, long generation, CachedPage page) {
		if (this.generation.get() != generation) {
			return false;
		}
		this.pages.put(key, new Kept(page, this.ticker.read() + this.ttlNanos));
		// A clear between the check and the put: drop it again (clear() counts first,
		// then empties, so one of the two always sees the other)
		if (this.generation.get() != generation) {
			this.pages.invalidate(key);
			return false;
		}
		return true;
	}

	/**
	 * Announces that a page is being rendered, so that requests for it meanwhile wait for
	 * this rendering instead of making their own: when a popular page expires or the
	 * cache is cleared, every connection asking for it would otherwise render it at once,
	 * and for that moment even the hits wait for the processor.
	 * @return the rendering already under way, to wait for, or {@code null} when the
	 * caller's is the one and must be ended with {@link #endRendering}
	 */
	CompletableFuture<CachedPage> startRendering(String key, CompletableFuture<CachedPage> rendering) {
		return this.rendering.putIfAbsent(key, rendering);
	}

	/**
	 * Ends a rendering announced with {@link #startRendering}, after the page was kept.
	 * @param kept the page as kept, or {@code null} when it could not be, and the waiting
	 * requests must render it themselves
	 */
	void endRendering(String key, CompletableFuture<CachedPage> rendering, CachedPage kept) {
		this.rendering.remove(key, rendering);
		rendering.complete(kept);
	}

	void clear() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	long size() {
		return this.pages.estimatedSize();
	}

	/** Runs pending evictions now rather than at the next write (for tests). */
	void cleanUp() {
		this.pages.cleanUp();
	}

	@TransactionalEventListener(classes = { BulletinImported.class, BulletinDeleted.class }, fallbackExecution = true)
	void onBulletinCommitted(Object event) {
		clear(event);
	}

	@EventListener({ SearchIndexChanged.class, BulletinsChanged.class })
	void onDataChanged(Object event) {
		clear(event);
	}

	private void clear(Object event) {
		clear();
		logger.debug("Page cache cleared: {}", event);
	}

	/**
	 * A page found in the cache.
	 *
	 * @param page the page
	 * @param stale whether it expired: answered only while another request renders it
	 * again
	 */
	record Found(CachedPage page, boolean stale) {

	}

	private record Kept(CachedPage page, long freshUntil) {

	}

}
