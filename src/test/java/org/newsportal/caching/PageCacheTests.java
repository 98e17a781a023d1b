package org.newsportal.caching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTests {

	private final PageCache cache = new PageCache(new PageCacheProperties(true, Duration.ofHours(1), Duration.ZERO,
			DataSize.ofKilobytes(64), DataSize.ofKilobytes(16)));

	@Test
	void aPageIsKeptUnderItsKey() {
		this.cache.put("http://localhost:80/", this.cache.generation(), page(100));
		assertThat(this.cache.get("http://localhost:80/")).isNotNull();
		assertThat(this.cache.get("http://localhost:80/dates")).isNull();
		this.cache.clear();
		assertThat(this.cache.get("http://localhost:80/")).isNull();
	}

	@Test
	void aPageWhoseRenderingBeganBeforeAClearIsNotKept() {
		long generation = this.cache.generation();
		this.cache.clear();
		this.cache.put("http://localhost:80/", generation, page(100));
		assertThat(this.cache.get("http://localhost:80/")).isNull();
		this.cache.put("http://localhost:80/", this.cache.generation(), page(100));
		assertThat(this.cache.get("http://localhost:80/")).isNotNull();
	}

	@Test
	void anExpiredPageIsFoundStaleUntilTheStaleWindowEnds() {
		AtomicLong nanos = new AtomicLong();
		PageCache cache = new PageCache(new PageCacheProperties(true, Duration.ofSeconds(10), Duration.ofMinutes(1),
				DataSize.ofKilobytes(64), DataSize.ofKilobytes(16)), nanos::get);
		cache.put("http://localhost:80/", cache.generation(), page(100));
		nanos.addAndGet(Duration.ofSeconds(9).toNanos());
		assertThat(cache.find("http://localhost:80/").stale()).isFalse();
		assertThat(cache.get("http://localhost:80/")).isNotNull();
		nanos.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(cache.find("http://localhost:80/").stale()).isTrue();
		assertThat(cache.get("http://localhost:80/")).isNull();
		nanos.addAndGet(Duration.ofSeconds(60).toNanos());
		assertThat(cache.find("http://localhost:80/")).isNull();
	}

	@Test
	void aClearDropsExpiredPagesToo() {
		AtomicLong nanos = new AtomicLong();
		PageCache cache = new PageCache(new PageCacheProperties(true, Duration.ofSeconds(10), Duration.ofMinutes(1),
				DataSize.ofKilobytes(64), DataSize.ofKilobytes(16)), nanos::get);
		cache.put("http://localhost:80/", cache.generation(), page(100));
		nanos.addAndGet(Duration.ofSeconds(20).toNanos());
		cache.clear();
		assertThat(cache.find("http://localhost:80/")).isNull();
	}

	@Test
	void thePagesTakeNoMoreThanTheMaximumSize() {
		for (int i = 0; i < 100; i++) {
			this.cache.put("http://localhost:80/articles/" + i, this.cache.generation(), page(10_000));
		}
		this.cache.cleanUp();
		assertThat(this.cache.size()).isBetween(1L, 6L);
	}

	@Test
	void anEntryWeighsItsBodyHeadersAndKey() {
		CachedPage page = page(1000);
		assertThat(page.weight("k")).isGreaterThan(1000 + 2 * "Cache-Control".length());
	}

	@Test
	void theCompressedBodyWeighsToo() {
		CachedPage plain = page(1000);
		CachedPage compressed = new CachedPage(plain.body(), plain.contentType(), null, plain.headers(), plain.etag(),
				new byte[300]);
		assertThat(compressed.weight("k")).isEqualTo(plain.weight("k") + 300);
	}

	@Test
	void textualTypesAreKept() {
		assertThat(PageCachePolicy.isText("text/html;charset=UTF-8")).isTrue();
		assertThat(PageCachePolicy.isText("text/plain")).isTrue();
		assertThat(PageCachePolicy.isText("application/json")).isTrue();
		assertThat(PageCachePolicy.isText("application/atom+xml;charset=UTF-8")).isTrue();
		assertThat(PageCachePolicy.isText("application/xml")).isTrue();
		assertThat(PageCachePolicy.isText("image/png")).isFalse();
		assertThat(PageCachePolicy.isText("application/octet-stream")).isFalse();
		assertThat(PageCachePolicy.isText("not a type")).isFalse();
		assertThat(PageCachePolicy.isText(null)).isFalse();
	}

	private static CachedPage page(int size) {
		return new CachedPage(new byte[size], "text/html;charset=UTF-8", null,
				Map.of("Cache-Control", List.of("max-age=0")), "W/\"0\"", null);
	}

}
