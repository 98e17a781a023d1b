package org.newsportal.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code https} {@code portal.base-url} says the site is only read over HTTPS, even
 * when the proxy in front forwards nothing: HSTS is sent and the session cookie is
 * {@code Secure}.
 */
// The same properties as FeedIntegrationTests and SeoIntegrationTests: one application
// for the three
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "portal.seeds-dir=seeds", "portal.base-url=https://news.example.cn" })
class HttpsBaseUrlTests {

	@LocalServerPort
	private int port;

	@Test
	void hstsAndASecureSessionCookie() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(login.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).contains("Secure").contains("SameSite=Lax"));
	}

}
