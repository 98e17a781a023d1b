package org.newsportal.people;

import org.newsportal.NotFoundException;
import org.newsportal.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reporters and people as JSON, in the same list envelope as the articles.
 */
@RestController
@RequestMapping("/api")
class PeopleApiController {

	private final ReporterService reporters;

	private final PersonService people;

	PeopleApiController(ReporterService reporters, PersonService people) {
		this.reporters = reporters;
		this.people = people;
	}

	@GetMapping("/reporters")
	ResultPage<ReporterSummary> reporters(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.reporters.reporters(page, size);
	}

	@GetMapping("/reporters/{name}")
	Reporter reporter(@PathVariable String name, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.reporters.reporter(name, page, size)
			.orElseThrow(() -> new NotFoundException("No reporter " + name));
	}

	@GetMapping("/people")
	ResultPage<PersonSummary> people(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.people.people(page, size);
	}

	@GetMapping("/people/{name}")
	Person person(@PathVariable String name, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.people.person(name, page, size).orElseThrow(() -> new NotFoundException("No person " + name));
	}

}
