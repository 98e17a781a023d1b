package org.newsportal.people;

import java.util.Map;

import org.newsportal.ResultPage;

/**
 * A reporter's page: their counts by role and one page of their items, newest first.
 */
public record Reporter(String name, long total, Map<String, Long> roles, ResultPage<ReporterItem> items) {

}
