package org.newsportal.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.newsportal.NotFoundException;
import org.newsportal.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The articles as JSON, for apps and other sites. Lists share one envelope:
 * {@code {"items": [...], "page": 1, "size": 20, "total": 12}}, pages numbered from 1.
 */
@RestController
@RequestMapping("/api")
class ArticleApiController {

	private final ArticleService articles;

	ArticleApiController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/articles")
	ResultPage<ArticleCard> articles(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) LocalDate date) {
		return (date != null) ? this.articles.onDate(date, page, size) : this.articles.latest(page, size);
	}

	/**
	 * One item; an unknown slug is a 404 with the API's JSON error body, as an unknown
	 * address under {@code /api} is.
	 */
	@GetMapping("/articles/{slug}")
	ArticleDetail article(@PathVariable String slug) {
		return this.articles.find(slug).orElseThrow(() -> new NotFoundException("No article " + slug));
	}

	@GetMapping("/dates")
	Map<String, List<DateCount>> dates() {
		return Map.of("items", this.articles.dates());
	}

}
