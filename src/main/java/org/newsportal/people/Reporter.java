package org.newsportal.people;

import java.util.Map;

import org.newsportal.ResultPage;

/**
 * A reporter's page: their counts by role, the pages they made by staff role, and one
 * page of their items, newest first.
 *
 * @param pages pages whose furniture names them ({@code 本版编辑：…})
 * @param pageRoles pages per staff role
 */
public record Reporter(String name, long total, Map<String, Long> roles, long pages, Map<String, Long> pageRoles,
		ResultPage<ReporterItem> items) {

	public Reporter(String name, long total, Map<String, Long> roles, ResultPage<ReporterItem> items) {
		this(name, total, roles, 0, Map.of(), items);
	}

}
