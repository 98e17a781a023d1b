package org.newsportal.admin;

import org.newsportal.security.SecurityConfiguration;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsportal.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Brute force against the sign-in form and HTTP Basic: fifty wrong passwords in a row, as
 * fast as the test can send them.
 */
@SpringBootTest(properties = { "portal.import-seeds=false", EditorAccount.PASSWORD_PROPERTY })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTests {

	private static final String WRONG = "wrong-password-123";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void forgiveEarlierTests() {
		// Every bucket is full again after a window (portal.sign-in.window, 10 minutes)
		this.clock.advance(Duration.ofHours(1));
	}

	@Test
	void fiftyWrongFormSignInsAreCheckedTenTimesThenRefusedEvenWithTheRightPassword(CapturedOutput output)
			throws Exception {
		int checked = 0;
		for (int i = 0; i < 50; i++) {
			String location = this.mvc.perform(signIn("editor", WRONG, "203.0.113.7"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			if ("/admin/login?error".equals(location)) {
				checked++;
			}
			else {
				assertThat(location).isEqualTo("/admin/login?throttled");
			}
		}
		assertThat(checked).isEqualTo(10);
		this.mvc.perform(signIn("editor", EditorAccount.PASSWORD, "203.0.113.7"))
			.andExpect(redirectedUrl("/admin/login?throttled"));
		this.mvc.perform(get("/admin/login?throttled"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("登录失败次数过多")));

		// The editor at another address is not locked out by this one
		this.mvc.perform(signIn("editor", EditorAccount.PASSWORD, "198.51.100.20")).andExpect(redirectedUrl("/admin"));

		assertThat(output.getAll()).contains("Failed sign-in for \"editor\" from 203.0.113.7")
			.contains("Too many failed sign-ins from 203.0.113.7")
			.contains("Signed in: \"editor\" from 198.51.100.20")
			.doesNotContain(WRONG)
			.doesNotContain(EditorAccount.PASSWORD);
		assertThat(output.getAll().split("Failed sign-in for", -1)).hasSize(11);
	}

	@Test
	void fiftyWrongBasicSignInsGet401TenTimesThen429WithRetryAfter(CapturedOutput output) throws Exception {
		int unauthorized = 0;
		for (int i = 0; i < 50; i++) {
			MvcResult result = this.mvc
				.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("page.md", Bulletins.GOOD))
					.with(httpBasic("editor", WRONG))
					.with(from("203.0.113.8")))
				.andReturn();
			int status = result.getResponse().getStatus();
			if (status == 401) {
				unauthorized++;
				assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
			}
			else {
				assertThat(status).isEqualTo(429);
				assertThat(Long.parseLong(result.getResponse().getHeader("Retry-After"))).isBetween(1L, 600L);
				assertThat(result.getResponse().getContentAsString()).contains("\"error\"").contains("登录失败次数过多");
			}
		}
		assertThat(unauthorized).isEqualTo(10);
		this.mvc
			.perform(multipart("/api/admin/bulletins").file(Bulletins.apiFile("page.md", Bulletins.GOOD))
				.with(httpBasic("editor", EditorAccount.PASSWORD))
				.with(from("203.0.113.8")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(output.getAll()).contains("Failed sign-in for \"editor\" from 203.0.113.8").doesNotContain(WRONG);
	}

	@Test
	void anAccountTriedFromManyAddressesIsHeldBackEverywhere() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(signIn("editor", WRONG, "192.0.2." + i)).andExpect(redirectedUrl("/admin/login?error"));
		}
		this.mvc.perform(signIn("editor", EditorAccount.PASSWORD, "192.0.2.200"))
			.andExpect(redirectedUrl("/admin/login?throttled"));

		// Forgiven over the window: one attempt every 20 seconds
		this.clock.advance(Duration.ofSeconds(21));
		this.mvc.perform(signIn("editor", EditorAccount.PASSWORD, "192.0.2.200")).andExpect(redirectedUrl("/admin"));
	}

	private static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
		return post("/admin/login").param("username", user)
			.param("password", password)
			.with(csrf())
			.with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2024-03-12T02:00:00Z"));
		}

	}

}
