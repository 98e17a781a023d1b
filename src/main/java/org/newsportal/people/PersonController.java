package org.newsportal.people;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The people's pages: who the news is about, with the titles it gives them.
 */
@Controller
class PersonController {

	static final int LIST_SIZE = 100;

	static final int PAGE_SIZE = 20;

	private final PersonService people;

	PersonController(PersonService people) {
		this.people = people;
	}

	@GetMapping("/people")
	String people(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("people", this.people.people(page, LIST_SIZE));
		return "people/list";
	}

	@GetMapping("/people/{name}")
	String person(@PathVariable String name, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("person", this.people.person(name, page, PAGE_SIZE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "people/detail";
	}

}
