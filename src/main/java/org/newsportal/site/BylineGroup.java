package org.newsportal.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsportal.article.Credit;

/**
 * The bylines of one role, printed the way the paper does: {@code 记者 郭树勋 赵根志}.
 */
record BylineGroup(String role, List<String> names) {

	BylineGroup {
		names = List.copyOf(names);
	}

	/**
	 * Groups bylines by role, keeping the order in which roles and names were printed.
	 */
	static List<BylineGroup> of(List<Credit> credits) {
		Map<String, List<String>> byRole = new LinkedHashMap<>();
		for (Credit credit : credits) {
			byRole.computeIfAbsent(credit.role(), (role) -> new ArrayList<>()).add(credit.name());
		}
		return byRole.entrySet().stream().map((entry) -> new BylineGroup(entry.getKey(), entry.getValue())).toList();
	}

}
