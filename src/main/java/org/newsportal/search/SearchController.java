package org.newsportal.search;

import java.util.Locale;

import org.newsportal.ResultPage;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	SearchController(SearchService search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("form") SearchForm form, Model model, Locale locale) {
		SearchQuery query = form.toQuery();
		model.addAttribute("query", query);
		model.addAttribute("problems", form.problems());
		ResultPage<SearchHit> results = this.search.search(query);
		model.addAttribute("results", results);
		if (!query.isBlank()) {
			model.addAttribute("pageTitle",
					this.messages.getMessage("search.title-with-query", new Object[] { query.text() }, locale));
		}
		model.addAttribute("description",
				query.isBlank() ? this.messages.getMessage("search.description", null, locale) : this.messages
					.getMessage("search.description.query", new Object[] { query.text(), results.total() }, locale));
		return "search";
	}

}
