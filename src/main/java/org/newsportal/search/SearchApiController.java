package org.newsportal.search;

import org.newsportal.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search as JSON, with the same parameters and the same lenience as the page.
 */
@RestController
@ConditionalOnSearchEnabled
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	ResultPage<SearchHit> search(@ModelAttribute SearchForm form) {
		return this.search.search(form.toQuery());
	}

}
