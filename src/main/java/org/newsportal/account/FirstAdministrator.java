package org.newsportal.account;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The first administrator, made when the site starts with no account at all, from Spring
 * Boot's own {@code spring.security.user.name} and {@code .password}, so a fresh site
 * signs in as it always has. Without a configured password one is generated and logged
 * once, as Boot did. Once any account exists these properties are not read again: the
 * accounts are changed in the editors' area, or with {@code --create-admin}. Made before
 * the web server takes requests.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	private final String username;

	private final String password;

	FirstAdministrator(AccountService accounts, @Value("${spring.security.user.name:editor}") String username,
			@Value("${spring.security.user.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean generated = this.password.isEmpty();
		String value = generated ? UUID.randomUUID().toString() : this.password;
		if (this.accounts.createFirstAdministrator(this.username, value)) {
			if (generated) {
				logger.warn(String.format(
						"%n%nUsing generated security password: %s%n%n"
								+ "The administrator \"%s\" was created with it; change it in the editors' area.%n",
						value, AccountService.normalise(this.username)));
			}
			else {
				logger.info("Created the first administrator \"{}\" from spring.security.user.*",
						AccountService.normalise(this.username));
			}
		}
	}

}
