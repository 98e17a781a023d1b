package org.newsportal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * HTTP Basic's answer to a failed sign-in on the import API: 401 with
 * {@code WWW-Authenticate} as usual, but 429 with {@code Retry-After} and the API's error
 * body when the sign-in was refused for too many failures, so a script can tell waiting
 * from a wrong password.
 */
class ThrottledEntryPoint implements AuthenticationEntryPoint {

	private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

	private final JsonMapper json;

	ThrottledEntryPoint(JsonMapper json) {
		this.json = json;
		this.basic.setRealmName("news-portal");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (!(authException instanceof SignInThrottledException throttled)) {
			this.basic.commence(request, response, authException);
			return;
		}
		long seconds = throttled.retryAfter().toSeconds();
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(new Refusal("登录失败次数过多，请 " + seconds + " 秒后再试", 0)));
	}

	/** The shape of the editors' API errors. */
	record Refusal(String error, int line) {

	}

}
