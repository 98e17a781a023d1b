package org.newsportal.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.SecurityProperties;
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

	private final SecurityProperties.User user;

	FirstAdministrator(AccountService accounts, SecurityProperties security) {
		this.accounts = accounts;
		this.user = security.getUser();
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Boot's own generated password, so SecurityProperties tells the truth about it
		boolean generated = this.user.isPasswordGenerated();
		String value = this.user.getPassword();
		if (this.accounts.createFirstAdministrator(this.user.getName(), value)) {
			if (generated) {
				logger.warn(String.format(
						"%n%nUsing generated security password: %s%n%n"
								+ "The administrator \"%s\" was created with it; change it in the editors' area.%n",
						value, AccountService.normalise(this.user.getName())));
			}
			else {
				logger.info("Created the first administrator \"{}\" from spring.security.user.*",
						AccountService.normalise(this.user.getName()));
			}
		}
	}

}
