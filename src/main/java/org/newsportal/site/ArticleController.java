package org.newsportal.site;

import java.util.List;

import org.newsportal.article.ArticleDetail;
import org.newsportal.article.ArticleInContext;
import org.newsportal.article.ArticleService;
import org.newsportal.article.Mention;
import org.newsportal.people.RelatedArticles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An article's own page, with its neighbours, the rest of its day and related articles.
 */
@Controller
class ArticleController {

	private final ArticleService articles;

	private final RelatedArticles related;

	ArticleController(ArticleService articles, RelatedArticles related) {
		this.articles = articles;
		this.related = related;
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, Model model) {
		ArticleInContext found = this.articles.findInContext(slug)
			.orElseThrow(() -> new NotFoundException("No article " + slug));
		ArticleDetail article = found.article();
		List<Mention> present = article.mentions().stream().filter(Mention::present).toList();
		model.addAttribute("article", article);
		model.addAttribute("bylines", BylineGroup.of(article.bylines()));
		model.addAttribute("present", present);
		model.addAttribute("newer", found.newer());
		model.addAttribute("older", found.older());
		model.addAttribute("sameDay", found.sameDay());
		model.addAttribute("related", this.related.related(slug));
		model.addAttribute("description", article.summary());
		return "article/article";
	}

}
