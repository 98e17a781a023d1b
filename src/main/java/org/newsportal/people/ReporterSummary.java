package org.newsportal.people;

import java.util.Map;

/**
 * A reporter in the list: how many items carry their name and how many in each role.
 *
 * @param roles items per role, in {@link Roles#ORDER}
 */
public record ReporterSummary(String name, long total, Map<String, Long> roles, String url) {

	public long count(String role) {
		return this.roles.getOrDefault(role, 0L);
	}

	/**
	 * Items in roles the list has no column for.
	 */
	public long otherCount() {
		return this.roles.entrySet()
			.stream()
			.filter((entry) -> !Roles.COLUMNS.contains(entry.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

}
