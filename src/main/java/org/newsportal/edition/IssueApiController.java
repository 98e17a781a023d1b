package org.newsportal.edition;

import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;

import org.springframework.data.domain.PageRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printed edition as JSON: days with an issue, a day's issue and one page.
 */
@RestController
@RequestMapping("/api/issues")
class IssueApiController {

	static final int MAX_SIZE = 100;

	private final Editions editions;

	IssueApiController(Editions editions) {
		this.editions = editions;
	}

	@GetMapping
	ResultPage<IssueSummary> issues(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size) {
		PageRequest request = PageNumbers.request(page, size, MAX_SIZE);
		return this.editions.issues(request.getPageNumber() + PageNumbers.FIRST, request.getPageSize());
	}

	@GetMapping("/{date}")
	IssueView issue(@PathVariable String date) {
		return this.editions.issue(IssueController.date(date)).orElseThrow(IssueController::notFound);
	}

	@GetMapping("/{date}/{page}")
	PageView page(@PathVariable String date, @PathVariable String page,
			@RequestParam(defaultValue = Placement.MAIN_EDITION) String edition) {
		PageLabel label = PageLabel.parse(page).orElseThrow(IssueController::notFound);
		return this.editions.page(edition, IssueController.date(date), label).orElseThrow(IssueController::notFound);
	}

}
