package org.newsportal.article;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsportal.NotFoundException;
import org.newsportal.ResultPage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

	private final FormerAddresses formerAddresses;

	ArticleApiController(ArticleService articles, FormerAddresses formerAddresses) {
		this.articles = articles;
		this.formerAddresses = formerAddresses;
	}

	@GetMapping("/articles")
	ResultPage<ArticleCard> articles(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) LocalDate date) {
		return (date != null) ? this.articles.onDate(date, page, size) : this.articles.latest(page, size);
	}

	/**
	 * One item. An address the article had before an edit answers 301 to its address now,
	 * one an editor deleted answers 410 with the reason, as the reader's page does; an
	 * unknown slug is a 404 with the API's JSON error body, as an unknown address under
	 * {@code /api} is.
	 */
	@GetMapping("/articles/{slug}")
	ResponseEntity<?> article(@PathVariable String slug) {
		Optional<ArticleDetail> found = this.articles.find(slug);
		if (found.isPresent()) {
			return ResponseEntity.ok(found.get());
		}
		Redirection former = this.formerAddresses.resolve(slug);
		if (former.isMoved()) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/api/articles/" + former.movedTo()))
				.build();
		}
		if (former.isGone()) {
			return ResponseEntity.status(HttpStatus.GONE)
				.body(new Gone(HttpStatus.GONE.value(), HttpStatus.GONE.getReasonPhrase(), former.reason(),
						former.removedAt()));
		}
		throw new NotFoundException("No article " + slug);
	}

	@GetMapping("/dates")
	Map<String, List<DateCount>> dates() {
		return Map.of("items", this.articles.dates());
	}

	/** The body of a 410: why and when an editor deleted the article. */
	record Gone(int status, String error, String reason, Instant removedAt) {

	}

}
