package org.newsportal.caching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;
import org.newsportal.article.change.BulletinsChanged;
import org.newsportal.search.SearchIndex;
import org.newsportal.search.SearchIndexChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache over real HTTP. A filter behind Spring Security counts what reaches the
 * application, so a hit is seen to skip it. The time-to-live is an hour, so every page
 * that changes was cleared by an event, not by expiry, and the index synchronisation
 * waits an hour too, so that no clear comes at a moment the test does not choose (its
 * event is published by the test instead).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.seeds-dir=seeds", "portal.page-cache.ttl=1h", "portal.page-cache.max-entry-size=64KB",
				"portal.search.sync-interval=1h",
				"spring.security.user.password={noop}" + PageCacheIntegrationTests.PASSWORD })
class PageCacheIntegrationTests {

	static final String PASSWORD = "page-cache-test";

	private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
			"X-Content-Type-Options", "Referrer-Policy");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private PageCache cache;

	@Autowired
	private RenderCounter rendered;

	@Autowired
	private BulletinImporter importer;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private SearchIndex index;

	@Autowired
	private SlowPage slowPage;

	@LocalServerPort
	private int port;

	@BeforeEach
	void emptyCache() {
		// The first search after an index update opens a new reader, which clears the
		// cache: have it done before the test begins
		this.index.size();
		this.cache.clear();
	}

	@Test
	void aRepeatedPageIsAnsweredFromTheCacheWithTheSameHeadersWithoutReachingTheApplication() throws Exception {
		String article = firstArticle();
		HttpResponse<String> first = get(article);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue(PageCacheFilter.HEADER)).hasValue("miss");
		int renders = this.rendered.count(article);

		HttpResponse<String> second = get(article);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		assertThat(this.rendered.count(article)).isEqualTo(renders);
		assertThat(second.body()).isEqualTo(first.body());
		for (String name : SECURITY_HEADERS) {
			assertThat(second.headers().allValues(name)).as(name)
				.isNotEmpty()
				.isEqualTo(first.headers().allValues(name));
		}
		for (String name : List.of("Cache-Control", "ETag", "Content-Type", "Content-Language", "Content-Length")) {
			assertThat(second.headers().allValues(name)).as(name).hasSize(1).isEqualTo(first.headers().allValues(name));
		}
		assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
	}

	@Test
	void pagesFeedsAndTheApiAreCached() throws Exception {
		for (String path : List.of("/", "/dates", "/search?q=%E5%90%95%E6%B2%9B", "/reporters", "/people", "/feed.atom",
				"/sitemap.xml", "/robots.txt", "/api/articles", "/api/search?q=%E5%90%95%E6%B2%9B")) {
			assertThat(get(path).headers().firstValue(PageCacheFilter.HEADER)).as(path).hasValue("miss");
			assertThat(get(path).headers().firstValue(PageCacheFilter.HEADER)).as(path).hasValue("hit");
		}
	}

	@Test
	void aHitIsGzippedOnceForClientsThatTakeGzipAndSentPlainToOthers() throws Exception {
		String article = firstArticle();
		HttpResponse<byte[]> miss = this.http.send(request(article).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(miss.headers().firstValue(PageCacheFilter.HEADER)).hasValue("miss");
		assertThat(miss.headers().firstValue("Content-Encoding")).hasValue("gzip");
		HttpResponse<String> plain = get(article);
		assertThat(plain.headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

		HttpResponse<byte[]> hit = this.http.send(
				request(article).header("Accept-Encoding", "deflate, gzip;q=0.8").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(hit.headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		assertThat(hit.headers().allValues("Content-Encoding")).containsExactly("gzip");
		assertThat(hit.headers().allValues("Vary")).hasSize(1)
			.allMatch((vary) -> vary.equalsIgnoreCase("accept-encoding"));
		assertThat(hit.headers().firstValue("Content-Length")).hasValue(String.valueOf(hit.body().length));
		assertThat(hit.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length / 2);
		assertThat(hit.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
		// Compressed when kept, not by the server for each reader
		assertThat(this.cache.get("http://localhost:" + this.port + article).gzipped()).isEqualTo(hit.body());
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(hit.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
		}
		HttpResponse<String> refused = send(request(article).header("Accept-Encoding", "gzip;q=0"));
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(refused.body()).isEqualTo(plain.body());
	}

	@Test
	void aHeadRequestIsAnsweredFromWhatAGetLeftButLeavesNothingItself() throws Exception {
		HttpResponse<String> head = send(request("/dates").method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.headers().firstValue(PageCacheFilter.HEADER)).isEmpty();
		HttpResponse<String> get = get("/dates");
		assertThat(get.headers().firstValue(PageCacheFilter.HEADER)).hasValue("miss");

		head = send(request("/dates").method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Length"))
			.hasValue(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
		assertThat(head.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void aMatchingIfNoneMatchIsAnswered304FromTheCache() throws Exception {
		HttpResponse<String> page = get("/dates");
		String etag = page.headers().firstValue("ETag").orElseThrow();
		int renders = this.rendered.count("/dates");

		HttpResponse<String> conditional = send(request("/dates").header("If-None-Match", etag));
		assertThat(conditional.statusCode()).isEqualTo(304);
		assertThat(conditional.body()).isEmpty();
		assertThat(conditional.headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		assertThat(conditional.headers().firstValue("ETag")).hasValue(etag);
		assertThat(conditional.headers().firstValue("Cache-Control")).isPresent();
		assertThat(this.rendered.count("/dates")).isEqualTo(renders);

		HttpResponse<String> other = send(request("/dates").header("If-None-Match", "W/\"something-else\""));
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).isEqualTo(page.body());
	}

	@Test
	void aConditionalRequestOnAMissIsAnswered304AndStillFillsTheCache() throws Exception {
		String etag = get("/reporters").headers().firstValue("ETag").orElseThrow();
		this.cache.clear();

		HttpResponse<String> conditional = send(request("/reporters").header("If-None-Match", etag));
		assertThat(conditional.statusCode()).isEqualTo(304);
		assertThat(conditional.headers().firstValue(PageCacheFilter.HEADER)).hasValue("miss");
		assertThat(conditional.body()).isEmpty();

		HttpResponse<String> next = get("/reporters");
		assertThat(next.headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		assertThat(next.headers().firstValue("ETag")).hasValue(etag);
		assertThat(next.body()).isNotEmpty();
	}

	@Test
	void anImportOrDeletionClearsTheCacheSearchResultsIncluded() throws Exception {
		String search = "/search?q=" + URLEncoder.encode("缓存清除", StandardCharsets.UTF_8);
		assertThat(get("/").body()).doesNotContain("页面缓存清除测试");
		assertThat(get(search).body()).contains("没有找到");
		assertThat(get("/").headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		assertThat(get(search).headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");

		// Dated after the seed, so it leads the front page
		String bulletin = "---\ndate: 2030-01-03\n---\n# 页面缓存清除测试\n\n本报讯（记者王测试）1月3日上午，缓存清除工作会议召开。\n";
		this.importer.importBulletin(
				new ImportRequest("page-cache.md", bulletin.getBytes(StandardCharsets.UTF_8), null, null, "test"));

		HttpResponse<String> front = get("/");
		assertThat(front.headers().firstValue(PageCacheFilter.HEADER)).hasValue("miss");
		assertThat(front.body()).contains("页面缓存清除测试");
		assertThat(get(search).body()).contains("找到 1 条结果");

		this.importer.delete("page-cache.md");
		assertThat(get("/").body()).doesNotContain("页面缓存清除测试");
		assertThat(get(search).body()).contains("没有找到");
	}

	@Test
	void aChangeFoundByTheIndexSynchronisationOrMadeToTheIndexClearsTheCache() throws Exception {
		for (Object event : List.of(new BulletinsChanged("elsewhere"), new SearchIndexChanged())) {
			get("/dates");
			assertThat(get("/dates").headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
			this.events.publishEvent(event);
			assertThat(get("/dates").headers().firstValue(PageCacheFilter.HEADER)).as(event.toString())
				.hasValue("miss");
		}
	}

	@Test
	void requestsWithASessionCookieOrCredentialsBypassTheCache() throws Exception {
		get("/dates");
		assertThat(get("/dates").headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		int renders = this.rendered.count("/dates");

		for (HttpRequest.Builder request : List.of(request("/dates").header("Cookie", "JSESSIONID=0123456789ABCDEF"),
				request("/dates").header("Authorization", "Basic " + basic("editor", PASSWORD)))) {
			HttpResponse<String> response = send(request);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue(PageCacheFilter.HEADER)).isEmpty();
		}
		assertThat(this.rendered.count("/dates")).isEqualTo(renders + 2);
	}

	@Test
	void aSignedInEditorsPagesAreNeitherServedFromNorKeptInTheCache() throws Exception {
		HttpClient editor = signedInEditor();
		HttpResponse<String> page = editor.send(request("/people").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue(PageCacheFilter.HEADER)).isEmpty();
		assertThat(get("/people").headers().firstValue(PageCacheFilter.HEADER)).hasValue("miss");
		page = editor.send(request("/people").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.headers().firstValue(PageCacheFilter.HEADER)).isEmpty();
	}

	@Test
	void theEditorsAreaSignInAndTheActuatorAreNeverCached() throws Exception {
		for (String path : List.of("/admin", "/admin/login", "/api/admin/bulletins", "/actuator/health")) {
			for (int i = 0; i < 2; i++) {
				assertThat(get(path).headers().firstValue(PageCacheFilter.HEADER)).as(path).isEmpty();
			}
		}
		HttpClient editor = signedInEditor();
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> history = editor.send(request("/admin").build(), HttpResponse.BodyHandlers.ofString());
			assertThat(history.statusCode()).isEqualTo(200);
			assertThat(history.headers().firstValue(PageCacheFilter.HEADER)).isEmpty();
		}
		assertThat(this.rendered.count("/admin")).isEqualTo(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void responsesThatMustNotBeSharedAreNotKept() throws Exception {
		for (String path : List.of("/page-cache-test/cookie", "/page-cache-test/session", "/page-cache-test/private",
				"/page-cache-test/no-store", "/page-cache-test/binary", "/page-cache-test/large",
				"/page-cache-test/vary", "/no-such-page")) {
			int before = this.rendered.count(path);
			for (int i = 0; i < 2; i++) {
				assertThat(get(path).headers().allValues(PageCacheFilter.HEADER)).as(path).doesNotContain("hit");
			}
			assertThat(this.rendered.count(path)).as(path).isEqualTo(before + 2);
		}
		assertThat(get("/page-cache-test/plain").headers().firstValue(PageCacheFilter.HEADER)).hasValue("miss");
		assertThat(get("/page-cache-test/plain").headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
	}

	@Test
	@Timeout(60)
	void requestsForAPageBeingRenderedWaitForThatRenderingInsteadOfMakingTheirOwn() throws Exception {
		String path = "/page-cache-test/slow";
		SlowPage slow = this.slowPage;
		CompletableFuture<HttpResponse<String>> first = this.http.sendAsync(request(path).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(slow.entered.await(10, TimeUnit.SECONDS)).isTrue();
		List<CompletableFuture<HttpResponse<String>>> others = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			others.add(this.http.sendAsync(request(path).build(), HttpResponse.BodyHandlers.ofString()));
		}
		// Released once all of them have reached the site, ahead of the page cache
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (slow.arrived.get() < 1 + others.size() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(slow.arrived).as("requests that reached the site").hasValue(1 + others.size());
		slow.release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).headers().firstValue(PageCacheFilter.HEADER)).hasValue("miss");
		for (CompletableFuture<HttpResponse<String>> other : others) {
			HttpResponse<String> response = other.get(10, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("rendered once");
			assertThat(response.headers().firstValue(PageCacheFilter.HEADER)).hasValue("hit");
		}
		assertThat(this.rendered.count(path)).isEqualTo(1);
	}

	@Test
	void theHostIsPartOfTheKeyBecauseLinksAreBuiltFromIt() throws Exception {
		String local = rawGet("localhost:" + this.port);
		String other = rawGet("news.example.cn");
		assertThat(local).contains("href=\"http://localhost:" + this.port + "/\"");
		assertThat(other).contains("href=\"http://news.example.cn/\"").doesNotContain("localhost");
		assertThat(rawGet("news.example.cn")).contains("X-Page-Cache: hit").contains("http://news.example.cn/");
	}

	private String firstArticle() throws Exception {
		Matcher url = Pattern.compile("\"url\":\"(/articles/[^\"]+)\"").matcher(get("/api/articles").body());
		assertThat(url.find()).isTrue();
		return url.group(1);
	}

	private HttpClient signedInEditor() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = browser.send(request("/admin/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).isTrue();
		String body = "username=editor&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signIn = browser
			.send(request("/admin/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return browser;
	}

	/**
	 * The front page asked for by the given {@code Host}, which the JDK's client will not
	 * send.
	 */
	private String rawGet(String host) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String basic(String user, String password) {
		return java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(request(path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Probes {

		@Bean
		RenderCounter renderCounter() {
			return new RenderCounter();
		}

		@Bean
		FilterRegistrationBean<RenderCounter> renderCounterRegistration(RenderCounter counter) {
			FilterRegistrationBean<RenderCounter> registration = new FilterRegistrationBean<>(counter);
			// Behind Spring Security: what gets here reached the application
			registration.setOrder(Ordered.LOWEST_PRECEDENCE);
			return registration;
		}

		@Bean
		SlowPage slowPage() {
			return new SlowPage();
		}

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> slowPageArrivals(SlowPage slowPage) {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {

						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							if (request.getRequestURI().equals("/page-cache-test/slow")) {
								slowPage.arrived.incrementAndGet();
							}
							chain.doFilter(request, response);
						}

					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		@Bean
		ProbeController probeController(SlowPage slowPage) {
			return new ProbeController(slowPage);
		}

	}

	/**
	 * Counts the requests that reach the application, by path.
	 */
	static class RenderCounter extends OncePerRequestFilter {

		private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

		int count(String path) {
			AtomicInteger count = this.counts.get(path);
			return (count != null) ? count.get() : 0;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI();
			if (request.getQueryString() != null) {
				path += "?" + request.getQueryString();
			}
			this.counts.computeIfAbsent(path, (key) -> new AtomicInteger()).incrementAndGet();
			chain.doFilter(request, response);
		}

	}

	/**
	 * Responses of kinds the site does not make (yet), each of which must not be kept.
	 */
	/**
	 * A page whose rendering the test lets finish when it wants.
	 */
	static class SlowPage {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		/** Requests for the page that reached the site, counted ahead of every filter. */
		final AtomicInteger arrived = new AtomicInteger();

	}

	@RestController
	static class ProbeController {

		private final SlowPage slowPage;

		ProbeController(SlowPage slowPage) {
			this.slowPage = slowPage;
		}

		@GetMapping("/page-cache-test/slow")
		String slow() throws InterruptedException {
			this.slowPage.entered.countDown();
			this.slowPage.release.await(10, TimeUnit.SECONDS);
			return "rendered once";
		}

		@GetMapping("/page-cache-test/plain")
		String plain() {
			return "kept";
		}

		@GetMapping("/page-cache-test/cookie")
		ResponseEntity<String> cookie() {
			return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, "flavour=plain; Path=/").body("a cookie");
		}

		@GetMapping("/page-cache-test/session")
		String session(HttpServletRequest request) {
			request.getSession(true).setAttribute("seen", true);
			return "a session";
		}

		@GetMapping("/page-cache-test/private")
		ResponseEntity<String> personal() {
			return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).body("private");
		}

		@GetMapping("/page-cache-test/no-store")
		ResponseEntity<String> noStore() {
			return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("no-store");
		}

		@GetMapping("/page-cache-test/binary")
		ResponseEntity<byte[]> binary() {
			return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		}

		@GetMapping("/page-cache-test/large")
		String large() {
			return "字".repeat(30_000);
		}

		@GetMapping("/page-cache-test/vary")
		ResponseEntity<String> vary() {
			return ResponseEntity.ok().varyBy("Cookie").body("depends on the cookie");
		}

	}

}
