package org.newsportal.people;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsportal.bulletin.Vocabulary;

/**
 * The roles of a byline in the order readers expect them: staff before contributors,
 * words before pictures. Roles the bulletins invent later go last, by name.
 */
final class Roles {

	static final String PHOTOGRAPHER = "摄影";

	/** The roles the reporter list has a column for, with the key of its heading. */
	static final List<Column> TABLE = List.of(new Column("记者", "reporter.role.reporter"),
			new Column("通讯员", "reporter.role.correspondent"), new Column("见习记者", "reporter.role.trainee"),
			new Column("实习生", "reporter.role.intern"), new Column(PHOTOGRAPHER, "reporter.role.photographer"));

	static final List<String> COLUMNS = TABLE.stream().map(Column::role).toList();

	static final List<String> ORDER = List.of("记者", "特约记者", "摄影记者", "见习记者", "实习记者", "通讯员", "实习生", PHOTOGRAPHER);

	static final Comparator<String> COMPARATOR = Comparator.<String>comparingInt(Roles::rank)
		.thenComparing(Comparator.naturalOrder());

	private Roles() {
	}

	/** Page staff roles in the order papers print them: the vocabulary's. */
	static final Comparator<String> STAFF_COMPARATOR = Comparator.<String>comparingInt(Roles::staffRank)
		.thenComparing(Comparator.naturalOrder());

	static Map<String, Long> orderedStaff(Map<String, Long> counts) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		counts.keySet().stream().sorted(STAFF_COMPARATOR).forEach((role) -> ordered.put(role, counts.get(role)));
		return Collections.unmodifiableMap(ordered);
	}

	private static int staffRank(String role) {
		int rank = Vocabulary.DEFAULT_STAFF_ROLES.indexOf(role);
		return (rank >= 0) ? rank : Vocabulary.DEFAULT_STAFF_ROLES.size();
	}

	static Map<String, Long> ordered(Map<String, Long> counts) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		counts.keySet().stream().sorted(COMPARATOR).forEach((role) -> ordered.put(role, counts.get(role)));
		return Collections.unmodifiableMap(ordered);
	}

	record Column(String role, String message) {

	}

	private static int rank(String role) {
		int rank = ORDER.indexOf(role);
		return (rank >= 0) ? rank : ORDER.size();
	}

}
