package org.newsportal.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.newsportal.NotFoundException;
import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleService;
import org.newsportal.article.DateCount;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The archive by date: the index of all days and each day's own page.
 */
@Controller
class DateController {

	/**
	 * Items on one page of a day: a daily prints fewer, and a day of thousands (an
	 * archive imported at once) is paged rather than sent as one page of megabytes.
	 */
	static final int PAGE_SIZE = 100;

	private final ArticleService articles;

	private final MessageSource messages;

	DateController(ArticleService articles, MessageSource messages) {
		this.articles = articles;
		this.messages = messages;
	}

	@GetMapping("/dates")
	String dates(Model model, Locale locale) {
		List<DateCount> dates = this.articles.dates();
		model.addAttribute("index", DateIndex.of(dates));
		model.addAttribute("chart", DayChart.of(dates));
		long total = dates.stream().mapToLong(DateCount::count).sum();
		model.addAttribute("total", total);
		model.addAttribute("description",
				this.messages.getMessage("dates.description", new Object[] { dates.size(), total }, locale));
		return "dates/index";
	}

	@GetMapping("/dates/{date}")
	String day(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, @RequestParam(defaultValue = "1") int page,
			Model model, Locale locale) {
		if (!PageNumbers.exists(page, PAGE_SIZE)) {
			throw new NotFoundException("No page " + page + " of " + date);
		}
		ResultPage<ArticleCard> day = this.articles.onDate(date, page, PAGE_SIZE);
		List<ArticleCard> items = day.items();
		if (items.isEmpty()) {
			throw new NotFoundException("Nothing on " + date + ", page " + page);
		}
		model.addAttribute("date", date);
		String longDate = DateTimeFormatter.ofPattern(this.messages.getMessage("date.long", null, locale), locale)
			.format(date);
		String titles = items.stream().map(ArticleCard::title).collect(Collectors.joining("；"));
		String title = (page > PageNumbers.FIRST)
				? this.messages.getMessage("day.title.page", new Object[] { longDate, page }, locale) : longDate;
		model.addAttribute("pageTitle", title);
		model.addAttribute("description", Descriptions
			.cut(this.messages.getMessage("day.description", new Object[] { title, day.total(), titles }, locale)));
		model.addAttribute("day", day);
		model.addAttribute("items", items);
		model.addAttribute("previousDate", this.articles.dateBefore(date).orElse(null));
		model.addAttribute("nextDate", this.articles.dateAfter(date).orElse(null));
		return "dates/day";
	}

}
