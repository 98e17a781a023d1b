package org.newsportal.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/**
	 * New passwords are hashed with bcrypt and stored with their encoder's prefix
	 * ({@code {bcrypt}$2a$10$...}), so older hashes of other kinds still check.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * After Spring Security's filters (order -100), which say who is signed in. The
	 * repository is looked up at the first request into the editors' area: filters are
	 * made as the web server is, and a repository then would wait for Hibernate, which
	 * builds in the background meanwhile (issue 20, start-up).
	 */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<DisabledAccountFilter> disabledAccountFilter(ObjectProvider<AccountRepository> accounts) {
		FilterRegistrationBean<DisabledAccountFilter> registration = new FilterRegistrationBean<>(
				new DisabledAccountFilter(accounts));
		registration.setOrder(0);
		return registration;
	}

}
