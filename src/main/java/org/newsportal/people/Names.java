package org.newsportal.people;

/**
 * Which names from a URL are worth a query. The columns hold at most 100 characters, and
 * PostgreSQL refuses a parameter with a NUL in it (a server error, not "no such person"),
 * so such names are answered "not found" before they reach the database.
 */
final class Names {

	static final int MAX_LENGTH = 100;

	private Names() {
	}

	static boolean isPlausible(String name) {
		if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
			return false;
		}
		return name.chars().noneMatch(Character::isISOControl);
	}

}
