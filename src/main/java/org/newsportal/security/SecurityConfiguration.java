package org.newsportal.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what: the editors' area ({@code /admin/**}) and the import API
 * ({@code /api/admin/**}) need an editor, deleting a bulletin and releasing a held one a
 * chief editor (审核/值班主任), the accounts and the audit log an administrator; everything
 * else is public. The same rules are on the services and controllers
 * ({@code @PreAuthorize}), so a path missed here is still refused. Every response carries
 * the same security headers.
 *
 * <p>
 * The accounts are in the database ({@code account.AccountDetailsService}); the first
 * administrator comes from Boot's {@code spring.security.user.*}. Public so that other
 * packages' {@code @WebMvcTest} classes can {@code @Import} it and test against the real
 * rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SignInProperties.class)
@EnableMethodSecurity
public class SecurityConfiguration {

	private final boolean httpsOnly;

	// A plain property rather than PortalProperties, as other packages' web slice tests
	// import this class
	SecurityConfiguration(@Value("${portal.base-url:}") String baseUrl) {
		this.httpsOnly = baseUrl.toLowerCase(Locale.ROOT).startsWith("https:");
	}

	static final String EDITOR = "EDITOR";

	static final String CHIEF = "CHIEF";

	static final String ADMIN = "ADMIN";

	/**
	 * An administrator may do all a chief editor may, and a chief editor all an editor
	 * may.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(ADMIN).implies(CHIEF).role(CHIEF).implies(EDITOR).build();
	}

	/**
	 * No inline script or style anywhere: templates link their CSS and scripts from
	 * {@code /css} and {@code /js}. Public, with the referrer policy, for the error page
	 * Tomcat's valve writes outside these filter chains
	 * ({@code site.SiteErrorReportValve}).
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	public static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	/**
	 * The security headers for a response written outside the filter chains: Tomcat's
	 * error valve, and a request the firewall rejects before the chains run. Such a
	 * response is an error, so nothing may cache it either.
	 */
	public static void writeHeaders(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", REFERRER_POLICY.getPolicy());
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Cache-Control", "no-store");
	}

	/**
	 * A request the firewall refuses ({@code /a;b}, {@code /a//b}, an encoded percent
	 * sign) gets 400 and the site's error page, with the headers every response has;
	 * otherwise it left the chain before they were written.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		HttpStatusRequestRejectedHandler status = new HttpStatusRequestRejectedHandler();
		return (request, response, ex) -> {
			writeHeaders(response);
			status.handle(request, response, ex);
		};
	}

	@Bean
	SignInThrottle signInThrottle(SignInProperties properties, ObjectProvider<Clock> clock) {
		return new SignInThrottle(properties, clock.getIfAvailable(Clock::systemUTC));
	}

	/**
	 * How both the sign-in form and HTTP Basic sign in: through the accounts Spring
	 * Security was given (the database's, {@code account.AccountDetailsService}), with
	 * failures counted and throttled per account and per address. Not a bean of its own,
	 * which would replace the one that checks the accounts.
	 */
	private static AuthenticationManager signIn(AuthenticationConfiguration authentication, SignInThrottle throttle) {
		return new ThrottledAuthenticationManager(authentication.getAuthenticationManager(), throttle);
	}

	/**
	 * Errors found before the application runs are rendered by an error dispatch that did
	 * not pass the security filters first, which write their headers once per request: a
	 * {@code TRACE}, too many cookies, a request body refused by
	 * {@code server.RequestBodyValve}. They get the same headers here.
	 */
	@Bean
	FilterRegistrationBean<Filter> errorDispatchHeaders() {
		Filter filter = (request, response, chain) -> {
			if (response instanceof HttpServletResponse http && !http.containsHeader("Content-Security-Policy")) {
				writeHeaders(http);
			}
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The import API: HTTP Basic on every request, no session and so no CSRF token, which
	 * only protects cookie-based sessions.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain importApiSecurity(HttpSecurity http, AuthenticationConfiguration authentication,
			SignInThrottle throttle, JsonMapper json) {
		return http.securityMatcher("/api/admin/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(EDITOR))
			.authenticationManager(signIn(authentication, throttle))
			.httpBasic((basic) -> basic.authenticationEntryPoint(new ThrottledEntryPoint(json)))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(this::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain siteSecurity(HttpSecurity http, AuthenticationConfiguration authentication,
			SignInThrottle throttle) {
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/admin/login?error");
		failure.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/admin/login?throttled"));
		return http.authenticationManager(signIn(authentication, throttle))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login")
				.permitAll()
				.requestMatchers("/admin/accounts", "/admin/accounts/**", "/admin/audit", "/admin/audit/**")
				.hasRole(ADMIN)
				.requestMatchers("/admin/bulletins/*/delete", "/admin/held/*/release", "/admin/held/*/cancel")
				.hasRole(CHIEF)
				.requestMatchers("/admin", "/admin/**")
				.hasRole(EDITOR)
				.anyRequest()
				.permitAll())
			.formLogin((form) -> form.loginPage("/admin/login")
				.defaultSuccessUrl("/admin")
				.failureHandler(failure)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new MultipartCsrf()))
			.headers(this::headers)
			.build();
	}

	/**
	 * HSTS is sent over HTTPS: a request the server sees as secure, which behind a proxy
	 * that ends TLS takes trusted forwarded headers
	 * ({@code server.forward-headers-strategy}) or, failing those, an {@code https}
	 * {@code portal.base-url}, which says the site is only read over HTTPS. Browsers
	 * ignore it over plain HTTP.
	 */
	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(REFERRER_POLICY))
			.frameOptions((frame) -> frame.deny())
			.httpStrictTransportSecurity(
					(hsts) -> hsts.requestMatcher((request) -> this.httpsOnly || request.isSecure()));
	}

}
