package org.newsportal.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site behind a proxy that ends TLS and forwards {@code X-Forwarded-Proto},
 * {@code -Host} and {@code -For}: with {@code server.forward-headers-strategy} set,
 * links, HSTS, the session cookie and the address failed sign-ins are counted for follow
 * them; without it they are ignored, as a client could send them itself. Each subclass
 * starts the site with one strategy.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ForwardedHeadersTests {

	static final String CLIENT = "203.0.113.50";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/** Whether this site trusts the proxy's headers. */
	abstract boolean trusted();

	/**
	 * Whether Tomcat itself sees the request as secure, which marks its session cookie.
	 */
	abstract boolean tomcatSeesHttps();

	@Test
	void pagesLinkThemselvesAsTheProxyServesThem() throws Exception {
		HttpResponse<String> proxied = send(forwarded(request("/")));
		HttpResponse<String> direct = send(request("/"));
		String local = "http://localhost:" + this.port + "/";
		assertThat(canonical(proxied)).isEqualTo(trusted() ? "https://news.example.cn/" : local);
		assertThat(proxied.headers().firstValue("Strict-Transport-Security").isPresent()).isEqualTo(trusted());
		// Kept apart in the page cache: the direct request does not get the proxy's page
		assertThat(canonical(direct)).isEqualTo(local);
		assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(canonical(send(forwarded(request("/"))))).isEqualTo(canonical(proxied));
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndSecureWhenTomcatSeesHttps() throws Exception {
		HttpResponse<String> login = send(forwarded(request("/admin/login")));
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(cookie.contains("Secure")).isEqualTo(tomcatSeesHttps());
	}

	@Test
	void failedSignInsAreCountedForTheForwardedAddressOnlyWhenTrusted(CapturedOutput output) throws Exception {
		HttpResponse<String> page = send(forwarded(request("/admin/login")));
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).isTrue();
		String form = "username=editor&password=wrong-password-x&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> failed = send(forwarded(request("/admin/login")).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(failed.statusCode()).isEqualTo(302);
		if (trusted()) {
			assertThat(output.getAll()).contains("Failed sign-in for \"editor\" from " + CLIENT);
		}
		else {
			assertThat(output.getAll()).contains("Failed sign-in for \"editor\" from ").doesNotContain(CLIENT);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static HttpRequest.Builder forwarded(HttpRequest.Builder request) {
		return request.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "news.example.cn")
			.header("X-Forwarded-For", CLIENT);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String canonical(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).selectFirst("link[rel=canonical]").attr("href");
	}

}
