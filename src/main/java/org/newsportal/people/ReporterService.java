package org.newsportal.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;

import org.springframework.data.domain.Page;
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
	 * Everyone a byline or a page's furniture credits, with the most credits (items and
	 * pages) first, then by name.
	 */
	public ResultPage<ReporterSummary> reporters(int page, int size) {
		Page<Object[]> found = this.people.countCredited(PageNumbers.request(page, size, MAX_PAGE_SIZE));
		List<String> names = found.map((row) -> (String) row[0]).getContent();
		Map<String, Map<String, Long>> roles = roles(names);
		Map<String, Map<String, Long>> pageRoles = pageRoles(names);
		return ResultPage.of(found, found.map((row) -> {
			String name = (String) row[0];
			return new ReporterSummary(name, number(row[1]), roles.get(name), number(row[2]), pageRoles.get(name),
					PeopleLinks.reporter(name));
		}).getContent());
	}

	/**
	 * One reporter with a page of their items, or empty when no byline and no page's
	 * furniture has the name.
	 */
	public Optional<Reporter> reporter(String name, int page, int size) {
		if (!Names.isPlausible(name)) {
			return Optional.empty();
		}
		long total = this.people.countReporter(name).stream().findFirst().map(NameCount::count).orElse(0L);
		long pages = this.people.countPages(name);
		if (total == 0 && pages == 0) {
			return Optional.empty();
		}
		Page<Credited> items = this.people.findCredited(name, PageNumbers.request(page, size, MAX_PAGE_SIZE));
		List<ReporterItem> cards = items
			.map((credited) -> new ReporterItem(credited.role(), ArticleCard.of(credited.article())))
			.getContent();
		return Optional.of(new Reporter(name, total, roles(List.of(name)).get(name), pages,
				pageRoles(List.of(name)).get(name), ResultPage.of(items, cards)));
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

	/**
	 * Pages per staff role ({@code 本版编辑}, {@code 美编}, ...), in the order of the
	 * vocabulary.
	 */
	private Map<String, Map<String, Long>> pageRoles(List<String> names) {
		Map<String, Map<String, Long>> byName = new HashMap<>();
		if (!names.isEmpty()) {
			for (Object[] row : this.people.countPageRoles(names)) {
				byName.computeIfAbsent((String) row[0], (name) -> new HashMap<>()).put((String) row[1], number(row[2]));
			}
		}
		Map<String, Map<String, Long>> ordered = new HashMap<>();
		names.forEach((name) -> ordered.put(name, Roles.orderedStaff(byName.getOrDefault(name, Map.of()))));
		return ordered;
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

}
