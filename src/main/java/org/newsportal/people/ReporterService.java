package org.newsportal.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporters: everyone a byline credits, with what they wrote or photographed.
 */
@Service
@Transactional(readOnly = true)
public class ReporterService {

	/** The most a page may ask for, as for articles. */
	static final int MAX_PAGE_SIZE = 100;

	private final PeopleRepository people;

	ReporterService(PeopleRepository people) {
		this.people = people;
	}

	/**
	 * Reporters with the most items first, then by name.
	 */
	public ResultPage<ReporterSummary> reporters(int page, int size) {
		Page<NameCount> found = this.people.countReporters(pageRequest(page, size));
		List<String> names = found.map(NameCount::name).getContent();
		Map<String, Map<String, Long>> roles = roles(names);
		return ResultPage.of(found,
				found.map((reporter) -> summary(reporter, roles.get(reporter.name()))).getContent());
	}

	/**
	 * One reporter with a page of their items, or empty when no byline has the name.
	 */
	public Optional<Reporter> reporter(String name, int page, int size) {
		if (!Names.isPlausible(name)) {
			return Optional.empty();
		}
		return this.people.countReporter(name).stream().findFirst().map((reporter) -> {
			Page<Credited> items = this.people.findCredited(name, pageRequest(page, size));
			List<ReporterItem> cards = items
				.map((credited) -> new ReporterItem(credited.role(), ArticleCard.of(credited.article())))
				.getContent();
			return new Reporter(name, reporter.count(), roles(List.of(name)).get(name), ResultPage.of(items, cards));
		});
	}

	private Map<String, Map<String, Long>> roles(List<String> names) {
		Map<String, Map<String, Long>> byName = new HashMap<>();
		if (!names.isEmpty()) {
			for (RoleCount count : this.people.countRoles(names)) {
				byName.computeIfAbsent(count.name(), (name) -> new HashMap<>()).put(count.role(), count.count());
			}
		}
		Map<String, Map<String, Long>> ordered = new HashMap<>();
		names.forEach((name) -> ordered.put(name, Roles.ordered(byName.getOrDefault(name, Map.of()))));
		return ordered;
	}

	private static ReporterSummary summary(NameCount reporter, Map<String, Long> roles) {
		return new ReporterSummary(reporter.name(), reporter.count(), roles, PeopleLinks.reporter(reporter.name()));
	}

	static PageRequest pageRequest(int page, int size) {
		return PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE));
	}

}
