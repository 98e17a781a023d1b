package org.newsportal.site;

import java.util.Locale;

import org.newsportal.NotFoundException;
import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleService;
import org.newsportal.edition.Editions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front page: the latest day led by its first story, then earlier days.
 */
@Controller
class FrontPageController {

	static final int PAGE_SIZE = 20;

	/**
	 * Past this the database offset would overflow; nobody pages that far, so it is
	 * simply a page that does not exist.
	 */
	static final int MAX_PAGE = PageNumbers.maxPage(PAGE_SIZE);

	private final ArticleService articles;

	private final MessageSource messages;

	private final Editions editions;

	FrontPageController(ArticleService articles, MessageSource messages, Editions editions) {
		this.articles = articles;
		this.messages = messages;
		this.editions = editions;
	}

	@GetMapping("/")
	String front(@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		if (!PageNumbers.exists(page, PAGE_SIZE)) {
			throw new NotFoundException("No page " + page);
		}
		ResultPage<ArticleCard> result = this.articles.latest(page, PAGE_SIZE);
		if (page > 1 && result.items().isEmpty()) {
			throw new NotFoundException("No page " + page);
		}
		model.addAttribute("front", FrontPage.of(result));
		// Today's paper when there is one, else the latest
		this.editions.latestIssue().ifPresent((latest) -> {
			model.addAttribute("latestIssue", latest);
			model.addAttribute("todaysIssue", latest.equals(this.editions.today()));
		});
		if (page > 1) {
			// Each page of the list needs a description of its own
			model.addAttribute("description", this.messages.getMessage("front.description.page",
					new Object[] { this.messages.getMessage("site.description", null, locale), page }, locale));
		}
		return "front/index";
	}

}
