package org.newsportal.server;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The editors' session cookie is {@code Secure} when the site is only read over HTTPS:
 * when {@code portal.base-url} is {@code https}, unless
 * {@code server.servlet.session.cookie.secure} says otherwise. Without it Tomcat still
 * marks the cookie {@code Secure} on each request it sees as secure, which behind a TLS
 * proxy takes {@code server.forward-headers-strategy=native}. {@code SameSite=Lax} is
 * Boot's {@code server.servlet.session.cookie.same-site}, set in
 * {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionCookieConfiguration {

	@Bean
	ServletContextInitializer secureSessionCookie(@Value("${portal.base-url:}") String baseUrl,
			@Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secure) {
		boolean httpsOnly = baseUrl.toLowerCase(Locale.ROOT).startsWith("https:");
		return (servletContext) -> {
			if (secure == null && httpsOnly) {
				servletContext.getSessionCookieConfig().setSecure(true);
			}
		};
	}

}
