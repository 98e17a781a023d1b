package org.newsportal.people;

import java.util.Map;

/**
 * A reporter in the list: how many items carry their name and how many in each role, and
 * how many pages name them among the page's staff, and in which roles.
 *
 * @param roles items per role, in {@link Roles#ORDER}
 * @param pages pages whose furniture names them ({@code 本版编辑：…})
 * @param pageRoles pages per staff role ({@code 本版编辑}, {@code 美编}, ...)
 */
public record ReporterSummary(String name, long total, Map<String, Long> roles, long pages, Map<String, Long> pageRoles,
		String url) {

	public ReporterSummary(String name, long total, Map<String, Long> roles, String url) {
		this(name, total, roles, 0, Map.of(), url);
	}

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
