package org.newsportal.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The search page. Whatever the reader typed, the answer is this page: unreadable filters
 * are ignored with a note, pages are clamped, an empty query shows the form.
 */
@Controller
@ConditionalOnSearchEnabled
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("form") SearchForm form, Model model) {
		SearchQuery query = form.toQuery();
		model.addAttribute("query", query);
		model.addAttribute("problems", form.problems());
		model.addAttribute("results", this.search.search(query));
		return "search";
	}

}
