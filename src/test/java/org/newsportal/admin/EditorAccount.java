package org.newsportal.admin;

/**
 * The editor account the tests sign in with, configured as in production: a bcrypt hash.
 */
final class EditorAccount {

	static final String PASSWORD = "geheim-und-lang";

	/** The hash of {@link #PASSWORD}, made with {@code --hash-password}. */
	static final String PASSWORD_PROPERTY = "spring.security.user.password={bcrypt}$2a$10$Otr9DDgoHXX7M2KkbR/ywua22bIqbCWtk7PzoTY9rF/q5GBBvwgZK";

	private EditorAccount() {
	}

}
