package org.newsportal.caching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.web.server.Compression;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter's answers as time passes, on a clock the test moves: a fresh page is a hit,
 * an expired one is answered at once while another request renders it again, and is
 * rendered again by the first request that finds it expired.
 */
class PageCacheFilterTests {

	private final AtomicLong nanos = new AtomicLong();

	private final PageCache cache = new PageCache(new PageCacheProperties(true, Duration.ofSeconds(10),
			Duration.ofMinutes(1), DataSize.ofMegabytes(1), DataSize.ofKilobytes(64)), this.nanos::get);

	private final PageCacheFilter filter = new PageCacheFilter(this.cache, PageCompression.of(new Compression()));

	private final AtomicInteger renderings = new AtomicInteger();

	/** Renders "version N", N counting the renderings. */
	private final FilterChain application = (request, response) -> render(response);

	@Test
	void aFreshPageIsAHit() throws Exception {
		assertThat(get(this.application).getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.MISS);
		MockHttpServletResponse hit = get(this.application);
		assertThat(hit.getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.HIT);
		assertThat(hit.getContentAsString()).isEqualTo("version 1");
		assertThat(this.renderings).hasValue(1);
	}

	@Test
	void theFirstRequestForAnExpiredPageRendersItAgainWhenNobodyElseIs() throws Exception {
		get(this.application);
		this.nanos.addAndGet(Duration.ofSeconds(11).toNanos());
		MockHttpServletResponse again = get(this.application);
		assertThat(again.getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.MISS);
		assertThat(again.getContentAsString()).isEqualTo("version 2");
		assertThat(get(this.application).getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.HIT);
	}

	@Test
	@Timeout(30)
	void whileOneRequestRendersAnExpiredPageAgainTheOthersGetTheExpiredOneAtOnce() throws Exception {
		get(this.application);
		this.nanos.addAndGet(Duration.ofSeconds(11).toNanos());
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (request, response) -> {
			entered.countDown();
			try {
				release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			render(response);
		};
		CompletableFuture<MockHttpServletResponse> rendering = CompletableFuture.supplyAsync(() -> {
			try {
				return get(slow);
			}
			catch (IOException | ServletException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse stale = get(this.application);
			assertThat(stale.getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.STALE);
			assertThat(stale.getContentAsString()).isEqualTo("version 1");
		}
		release.countDown();
		MockHttpServletResponse rendered = rendering.get(10, TimeUnit.SECONDS);
		assertThat(rendered.getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.MISS);
		assertThat(rendered.getContentAsString()).isEqualTo("version 2");
		MockHttpServletResponse next = get(this.application);
		assertThat(next.getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.HIT);
		assertThat(next.getContentAsString()).isEqualTo("version 2");
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void pastTheStaleWindowTheExpiredPageIsGone() throws Exception {
		get(this.application);
		this.nanos.addAndGet(Duration.ofSeconds(71).toNanos());
		assertThat(this.cache.find(key())).isNull();
		assertThat(get(this.application).getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.MISS);
	}

	@Test
	void anExpiredPageIsNotAnsweredAfterTheCacheWasCleared() throws Exception {
		get(this.application);
		this.nanos.addAndGet(Duration.ofSeconds(11).toNanos());
		this.cache.clear();
		MockHttpServletResponse response = get(this.application);
		assertThat(response.getHeader(PageCacheFilter.HEADER)).isEqualTo(PageCacheFilter.MISS);
		assertThat(response.getContentAsString()).isEqualTo("version 2");
	}

	private void render(ServletResponse response) throws IOException {
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream()
			.write(("version " + this.renderings.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
	}

	private MockHttpServletResponse get(FilterChain chain) throws IOException, ServletException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dates");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

	private String key() {
		return PageCacheFilter.key(new MockHttpServletRequest("GET", "/dates"));
	}

}
