package org.newsportal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people the articles name, as the parser found them: present at an event, or
 * mentioned with a title. Names come without titles; the titles are shown as given.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PeopleRepository people;

	PersonService(PeopleRepository people) {
		this.people = people;
	}

	/**
	 * People named in the most items first, then by name.
	 */
	public ResultPage<PersonSummary> people(int page, int size) {
		Page<NameCount> found = this.people.countPeople(PageNumbers.request(page, size, ReporterService.MAX_PAGE_SIZE));
		Map<String, List<String>> titles = titles(found.map(NameCount::name).getContent());
		return ResultPage.of(found,
				found
					.map((person) -> new PersonSummary(person.name(), person.count(),
							titles.getOrDefault(person.name(), List.of()), PeopleLinks.person(person.name())))
					.getContent());
	}

	/**
	 * One person with a page of the items that name them, or empty when none does.
	 */
	public Optional<Person> person(String name, int page, int size) {
		if (!Names.isPlausible(name)) {
			return Optional.empty();
		}
		return this.people.countPerson(name).stream().findFirst().map((person) -> {
			Page<Appearance> items = this.people.findAppearances(name,
					PageNumbers.request(page, size, ReporterService.MAX_PAGE_SIZE));
			return new Person(name, person.count(), titles(List.of(name)).getOrDefault(name, List.of()),
					ResultPage.of(items, items.getContent()));
		});
	}

	private Map<String, List<String>> titles(List<String> names) {
		Map<String, List<String>> titles = new HashMap<>();
		if (!names.isEmpty()) {
			// Rows come most frequent first, so each list is in order as it is filled
			for (TitleCount count : this.people.countTitles(names)) {
				titles.computeIfAbsent(count.name(), (name) -> new ArrayList<>()).add(count.title());
			}
		}
		titles.replaceAll((name, list) -> List.copyOf(list));
		return titles;
	}

}
