package org.newsportal.admin;

import org.newsportal.security.SecurityConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsportal.article.BulletinRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: uploads over the container's multipart limit, error
 * pages rendered by the container, and the password Boot generates when none is
 * configured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.import-seeds=false", "spring.servlet.multipart.max-file-size=4KB" })
@ExtendWith(OutputCaptureExtension.class)
class RealServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private SecurityProperties security;

	@Autowired
	private BulletinRepository bulletins;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void withoutAConfiguredPasswordBootGeneratesOneAndLogsItOnce(CapturedOutput output) {
		assertThat(this.security.getUser().isPasswordGenerated()).isTrue();
		assertThat(output.getAll().split("Using generated security password", -1)).hasSize(2);
	}

	@Test
	void anUploadOverTheLimitGetsAFriendlyMessage() throws Exception {
		signIn();
		String token = csrf(get("/admin/upload").body());
		HttpResponse<String> upload = send(HttpRequest.newBuilder(uri("/admin/upload?_csrf=" + encode(token))), "files",
				"big.md", bigBulletin());
		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/upload"));
		assertThat(get("/admin/upload").body()).contains("文件过大").contains("4KB");
		assertThat(this.bulletins.findByName("big.md")).isEmpty();
	}

	@Test
	void anApiUploadOverTheLimitGetsA400WithTheMessage() throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString(("editor:" + this.security.getUser().getPassword()).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = send(
				HttpRequest.newBuilder(uri("/api/admin/bulletins")).header("Authorization", "Basic " + credentials),
				"file", "big.md", bigBulletin());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("\"error\"").contains("文件过大");
		assertThat(this.bulletins.findByName("big.md")).isEmpty();
	}

	@Test
	void errorPagesCarryTheSecurityHeadersAndNoStackTrace() throws Exception {
		for (String path : new String[] { "/no-such-page", "/admin/bulletins/abc", "/css/admin.css",
				"/actuator/env" }) {
			HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
		}
	}

	private void signIn() throws Exception {
		String token = csrf(get("/admin/login").body());
		String form = "username=editor&password=" + encode(this.security.getUser().getPassword()) + "&_csrf="
				+ encode(token);
		HttpResponse<String> login = this.browser.send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String field, String name, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "----admin-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/markdown\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.browser.send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] bigBulletin() {
		return ("# 标题\n\n" + "很长的正文。".repeat(2000)).getBytes(StandardCharsets.UTF_8);
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
