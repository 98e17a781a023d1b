package org.newsportal.people;

import java.util.Locale;

import org.newsportal.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The people's pages: who the news is about, with the titles it gives them.
 */
@Controller
class PersonController {

	static final int LIST_SIZE = 100;

	static final int PAGE_SIZE = 20;

	private final PersonService people;

	private final MessageSource messages;

	PersonController(PersonService people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/people")
	String people(@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		model.addAttribute("people", this.people.people(page, LIST_SIZE));
		model.addAttribute("description", this.messages.getMessage("people.list.description", null, locale));
		return "people/list";
	}

	@GetMapping("/people/{name}")
	String person(@PathVariable String name, @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		Person person = this.people.person(name, page, PAGE_SIZE)
			.orElseThrow(() -> new NotFoundException("No person " + name));
		model.addAttribute("person", person);
		model.addAttribute("pageTitle", name);
		model.addAttribute("description", this.messages.getMessage("people.detail.description",
				new Object[] { name, person.total(), person.items().page() }, locale));
		return "people/detail";
	}

}
