package org.newsportal.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsportal.security.SecurityConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses before the application sees them get the site's Chinese error
 * page from {@link SiteErrorReportValve}, with the security headers, instead of Tomcat's
 * English one. They are written on a plain socket: HTTP clients normalise or refuse such
 * addresses before sending them.
 */
// The same properties as ForwardedHeadersIgnoredTests (none is Tomcat's default), so both
// run on one application
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.import-seeds=false", "server.forward-headers-strategy=none" })
class TomcatErrorPageTests {

	@LocalServerPort
	private int port;

	@Test
	void addressesTomcatRefusesGetTheChineseErrorPage() throws IOException {
		for (String target : new String[] { "/%00", "/article/%2F..", "/a%2Fb", "/%zz", "/a<b", "/a\\b", "/..",
				"/a/%2e%2e/%2e%2e/etc/passwd" }) {
			RawResponse response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
			assertChineseErrorPage(response, target);
		}
	}

	@Test
	void malformedRequestsTomcatRefusesGetTheChineseErrorPage() throws IOException {
		assertChineseErrorPage(send("GET /a b HTTP/1.1\r\nHost: localhost\r\n"), "space in the request target");
		assertChineseErrorPage(send("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n"), "bad header name");
		assertChineseErrorPage(send("GET / HTTP/1.1\r\n"), "no Host header");
		assertChineseErrorPage(send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(70_000) + "\r\n"),
				"header over the limit");
	}

	@Test
	void errorsTomcatFindsBeforeTheApplicationCarryTheSecurityHeaders() throws IOException {
		RawResponse trace = send("TRACE / HTTP/1.1\r\nHost: localhost\r\n");
		assertThat(trace.status()).isEqualTo(405);
		assertSecurityHeaders(trace, "TRACE");
		assertThat(trace.header("Cache-Control")).isEqualTo("no-store");

		StringBuilder cookies = new StringBuilder();
		for (int i = 0; i < 250; i++) {
			cookies.append((i > 0) ? "; " : "").append("c").append(i).append("=v");
		}
		RawResponse tooManyCookies = send(
				"GET / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: " + cookies + "\r\n");
		assertThat(tooManyCookies.status()).isEqualTo(400);
		assertSecurityHeaders(tooManyCookies, "too many cookies");
		assertThat(tooManyCookies.body()).contains("出错了").doesNotContain("Exception");
	}

	@Test
	void theErrorPageLinksTheVersionedStylesheetWhichIsServed() throws IOException {
		Document page = Jsoup.parse(send("GET /%00 HTTP/1.1\r\nHost: localhost\r\n").body());
		String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");
		RawResponse css = send("GET " + stylesheet + " HTTP/1.1\r\nHost: localhost\r\n");
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.body()).contains("error-page");
	}

	@Test
	void addressesTheFirewallRefusesGetTheErrorPageWithTheSecurityHeaders() throws IOException {
		for (String target : new String[] { "/a;b", "/a//b", "/a%25b" }) {
			RawResponse response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n");
			assertThat(response.status()).as(target).isEqualTo(400);
			assertThat(response.body()).as(target).contains("出错了").doesNotContain("Exception");
			assertSecurityHeaders(response, target);
			assertThat(response.header("Cache-Control")).as(target).isEqualTo("no-store");
		}
	}

	@Test
	void errorsSpringHandlesStillGetTheSitesOwnPages() throws IOException {
		RawResponse notFound = send("GET /no-such-page HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n");
		assertThat(notFound.status()).isEqualTo(404);
		Document page = Jsoup.parse(notFound.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
		// The full layout, which the valve's page does not have
		assertThat(page.select("header nav a")).isNotEmpty();
		assertThat(page.select("meta[property=og:site_name]")).isNotEmpty();
		assertSecurityHeaders(notFound, "/no-such-page");

		// The JSON API's 404 is the API's JSON error, not a page
		RawResponse api = send("GET /api/articles/no-such-article HTTP/1.1\r\nHost: localhost\r\n");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.header("Content-Type")).startsWith("application/json");
		assertThat(api.body()).contains("\"status\":404").doesNotContain("<html");
		assertSecurityHeaders(api, "/api/articles/no-such-article");
	}

	private static void assertChineseErrorPage(RawResponse response, String what) {
		assertThat(response.status()).as(what).isEqualTo(400);
		assertThat(response.header("Content-Type")).as(what).isEqualTo("text/html;charset=UTF-8");
		assertSecurityHeaders(response, what);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).as(what).isEqualTo("zh-CN");
		assertThat(page.title()).as(what).isEqualTo("出错了 - 地方新闻");
		assertThat(page.selectFirst("header .site-name").text()).as(what).isEqualTo("地方新闻");
		assertThat(page.selectFirst("main h1").text()).as(what).isEqualTo("出错了");
		assertThat(page.select("main p").eachText()).as(what).contains("这个请求无法处理，请检查网址后再试。", "错误代码 400", "返回首页");
		assertThat(page.selectFirst("main a").attr("href")).as(what).isEqualTo("/");
		assertThat(page.select("script, style, [style]")).as(what).isEmpty();
		assertThat(response.body()).as(what)
			.contains("<p>地方新闻 · 本站新闻由本报编辑部提供")
			.doesNotContain("Tomcat")
			.doesNotContain("HTTP Status")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	private static void assertSecurityHeaders(RawResponse response, String what) {
		assertThat(response.header("Content-Security-Policy")).as(what)
			.isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.contains("default-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
	}

	/**
	 * Writes the request head as given (ending it with {@code Connection: close}) and
	 * reads the whole response.
	 */
	private RawResponse send(String head) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return RawResponse.parse(socket.getInputStream());
		}
	}

	private record RawResponse(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		static RawResponse parse(InputStream in) throws IOException {
			byte[] bytes = in.readAllBytes();
			String all = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = all.indexOf("\r\n\r\n");
			assertThat(end).as("the end of the response head in: " + all).isPositive();
			String[] lines = all.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
			byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new RawResponse(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int at = 0;
			while (true) {
				int lineEnd = indexOfCrLf(chunked, at);
				int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(),
						16);
				if (size == 0) {
					return out.toByteArray();
				}
				out.write(chunked, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
		}

		private static int indexOfCrLf(byte[] bytes, int from) {
			for (int i = from; i < bytes.length - 1; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			throw new IllegalStateException("no chunk size line");
		}

	}

}
