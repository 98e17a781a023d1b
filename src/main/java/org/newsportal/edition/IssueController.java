package org.newsportal.edition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsportal.DatePatterns;
import org.newsportal.NotFoundException;
import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;
import org.newsportal.article.ArticleCard;
import org.newsportal.site.JsonLd;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The paper as printed: the calendar of past issues, a day's issue as its pages, and one
 * page with its items, as a digital edition (数字报) shows them.
 * <p>
 * Addresses a reader can mistype (a date that does not exist, a page that was not
 * printed, {@code ?month=13}) are the site's 404, never a 400 or a 500. A page number
 * written another way ({@code /issues/2024-03-12/2}) is sent to its address
 * ({@code /02}).
 */
@Controller
class IssueController {

	private static final DateTimeFormatter DAY = DatePatterns.SHORT;

	private final Editions editions;

	private final MessageSource messages;

	private final SiteUrls urls;

	private final JsonLd jsonLd;

	private final PortalProperties properties;

	IssueController(Editions editions, MessageSource messages, PortalProperties properties, JsonMapper json) {
		this.editions = editions;
		this.messages = messages;
		this.properties = properties;
		this.urls = new SiteUrls(properties);
		this.jsonLd = new JsonLd(json);
	}

	@GetMapping("/issues")
	String calendar(@RequestParam(required = false) String year, @RequestParam(required = false) String month,
			Model model, Locale locale) {
		YearMonth chosen = month(year, month);
		CalendarView calendar = this.editions.calendar(chosen);
		model.addAttribute("calendar", calendar);
		model.addAttribute("today", this.editions.today());
		model.addAttribute("latest", this.editions.latestIssue().orElse(null));
		model.addAttribute("weekdays", List.of("一", "二", "三", "四", "五", "六", "日"));
		String shown = message("issues.month", locale, calendar.month().getYear(), calendar.month().getMonthValue());
		model.addAttribute("pageTitle", message("issues.title", locale) + " " + shown);
		model.addAttribute("description",
				message("issues.description", locale, shown, calendar.issueCount(), this.properties.siteName()));
		model.addAttribute("canonical",
				this.urls.absolute((chosen != null) ? IssueLinks.month(chosen) : IssueLinks.CALENDAR));
		return "issues/calendar";
	}

	@GetMapping("/issues/{date}")
	String issue(@PathVariable String date, Model model, Locale locale) {
		LocalDate day = date(date);
		IssueView issue = this.editions.issue(day).orElseThrow(IssueController::notFound);
		model.addAttribute("issue", issue);
		String shown = DAY.format(day);
		String pages = issue.editions()
			.stream()
			.flatMap((edition) -> edition.pages().stream())
			.map((page) -> page.page().title())
			.collect(Collectors.joining("；"));
		model.addAttribute("pageTitle", message("issue.title", locale, shown));
		model.addAttribute("description", cut(message("issue.description", locale, shown, issue.pageCount(), pages)));
		model.addAttribute("canonical", this.urls.absolute(IssueLinks.issue(day)));
		model.addAttribute("jsonLd", this.jsonLd.write(issueData(issue)));
		return "issues/issue";
	}

	@GetMapping("/issues/{date}/{page}")
	Object page(@PathVariable String date, @PathVariable String page,
			@RequestParam(defaultValue = Placement.MAIN_EDITION) String edition, Model model, Locale locale) {
		LocalDate day = date(date);
		PageLabel label = PageLabel.parse(page).orElseThrow(IssueController::notFound);
		if (!label.code().equals(page)) {
			RedirectView redirect = new RedirectView(IssueLinks.page(edition, day, label), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setExposeModelAttributes(false);
			return redirect;
		}
		PageView view = this.editions.page(edition, day, label).orElseThrow(IssueController::notFound);
		model.addAttribute("view", view);
		String title = editionPrefix(view) + DAY.format(day) + " " + view.page().title();
		String headlines = view.items().stream().map(ArticleCard::title).collect(Collectors.joining("；"));
		model.addAttribute("pageTitle", title);
		model.addAttribute("description",
				cut(message("page.description", locale, title, view.items().size(), headlines)));
		String canonical = this.urls.absolute(view.page().url());
		model.addAttribute("canonical", canonical);
		model.addAttribute("jsonLd", this.jsonLd.write(pageData(view, canonical)));
		if (view.page().pageName() != null) {
			model.addAttribute("pageFeed", new PageFeed(message("page.feed", locale, view.page().pageName()),
					IssueLinks.pageNameFeed(view.page().pageName(), "atom")));
		}
		return "issues/page";
	}

	@GetMapping("/issues/pages/{name}")
	String named(@PathVariable String name, Model model, Locale locale) {
		List<PageSummary> pages = this.editions.pagesNamed(name);
		if (pages.isEmpty()) {
			throw notFound();
		}
		model.addAttribute("name", name);
		model.addAttribute("pages", pages);
		model.addAttribute("slugs", PageSummary.slugs(pages));
		model.addAttribute("pageTitle", message("named.title", locale, name));
		model.addAttribute("description", message("named.description", locale, name, this.properties.siteName()));
		model.addAttribute("canonical", this.urls.absolute(IssueLinks.pageName(name)));
		model.addAttribute("pageFeed",
				new PageFeed(message("page.feed", locale, name), IssueLinks.pageNameFeed(name, "atom")));
		return "issues/named";
	}

	/**
	 * A feed the page announces next to the site's.
	 */
	record PageFeed(String title, String href) {

	}

	private String editionPrefix(PageView view) {
		return view.page().edition().isEmpty() ? "" : view.editionName() + " ";
	}

	/** A schema.org {@code PublicationIssue} for each edition of the day. */
	private Object issueData(IssueView issue) {
		List<Map<String, Object>> issues = new ArrayList<>();
		for (EditionIssue edition : issue.editions()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("@context", "https://schema.org");
			data.put("@type", "PublicationIssue");
			data.put("name", edition.name() + " " + DAY.format(issue.date()));
			data.put("datePublished", issue.date().toString());
			data.put("url", this.urls.absolute(IssueLinks.issue(issue.date())));
			data.put("inLanguage", "zh-CN");
			data.put("isPartOf", periodical(edition.name()));
			data.put("hasPart",
					edition.pages()
						.stream()
						.map((page) -> Map.of("@type", "WebPage", "name", page.page().title(), "url",
								this.urls.absolute(page.page().url())))
						.toList());
			issues.add(data);
		}
		return (issues.size() == 1) ? issues.get(0) : issues;
	}

	/**
	 * A page of the issue: a {@code WebPage} that is part of its {@code PublicationIssue}
	 * and lists its articles with their {@code printPage}.
	 */
	private Map<String, Object> pageData(PageView view, String canonical) {
		Map<String, Object> issue = new LinkedHashMap<>();
		issue.put("@type", "PublicationIssue");
		issue.put("datePublished", view.page().date().toString());
		issue.put("url", this.urls.absolute(view.issueUrl()));
		issue.put("isPartOf", periodical(view.editionName()));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "WebPage");
		data.put("name", view.page().title());
		data.put("url", canonical);
		data.put("inLanguage", "zh-CN");
		data.put("isPartOf", issue);
		data.put("hasPart", view.items().stream().map((item) -> {
			Map<String, Object> article = new LinkedHashMap<>();
			article.put("@type", "NewsArticle");
			article.put("headline", item.title());
			article.put("url", this.urls.absolute(item.url()));
			article.put("printPage", view.page().code());
			if (view.page().pageName() != null) {
				article.put("printSection", view.page().pageName());
			}
			return article;
		}).toList());
		return data;
	}

	private Map<String, Object> periodical(String name) {
		Map<String, Object> periodical = new LinkedHashMap<>();
		periodical.put("@type", "Periodical");
		periodical.put("name", name);
		periodical.put("url", this.urls.absolute("/"));
		return periodical;
	}

	private static YearMonth month(String year, String month) {
		if ((year == null || year.isBlank()) && (month == null || month.isBlank())) {
			return null;
		}
		try {
			int y = Integer.parseInt(year.strip());
			int m = Integer.parseInt(month.strip());
			if (y < 1900 || y > 2199) {
				throw notFound();
			}
			return YearMonth.of(y, m);
		}
		catch (NumberFormatException | NullPointerException | DateTimeException ex) {
			throw notFound();
		}
	}

	static LocalDate date(String text) {
		try {
			if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				throw notFound();
			}
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw notFound();
		}
	}

	static NotFoundException notFound() {
		return new NotFoundException("No such issue, page or edition");
	}

	private static String cut(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		return (flat.length() <= 120) ? flat : flat.substring(0, 119) + "……";
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
