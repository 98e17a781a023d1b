package org.newsportal.site;

import java.time.LocalDate;
import java.util.List;

import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleService;
import org.newsportal.article.DateCount;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The archive by date: the index of all days and each day's own page.
 */
@Controller
class DateController {

	private final ArticleService articles;

	DateController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/dates")
	String dates(Model model) {
		List<DateCount> dates = this.articles.dates();
		model.addAttribute("index", DateIndex.of(dates));
		model.addAttribute("chart", DayChart.of(dates));
		model.addAttribute("total", dates.stream().mapToLong(DateCount::count).sum());
		return "dates/index";
	}

	@GetMapping("/dates/{date}")
	String day(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, Model model) {
		List<ArticleCard> items = this.articles.allOnDate(date);
		if (items.isEmpty()) {
			throw new NotFoundException("Nothing on " + date);
		}
		model.addAttribute("date", date);
		model.addAttribute("items", items);
		model.addAttribute("previousDate", this.articles.dateBefore(date).orElse(null));
		model.addAttribute("nextDate", this.articles.dateAfter(date).orElse(null));
		return "dates/day";
	}

}
