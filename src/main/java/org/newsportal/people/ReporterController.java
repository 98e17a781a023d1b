package org.newsportal.people;

import java.util.Locale;

import org.newsportal.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reporters' pages: who writes for the paper, and what each has written.
 */
@Controller
class ReporterController {

	static final int LIST_SIZE = 100;

	static final int PAGE_SIZE = 20;

	private final ReporterService reporters;

	private final MessageSource messages;

	ReporterController(ReporterService reporters, MessageSource messages) {
		this.reporters = reporters;
		this.messages = messages;
	}

	@GetMapping("/reporters")
	String reporters(@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		model.addAttribute("reporters", this.reporters.reporters(page, LIST_SIZE));
		model.addAttribute("columns", Roles.TABLE);
		model.addAttribute("description", this.messages.getMessage("reporter.list.description", null, locale));
		return "reporters/list";
	}

	@GetMapping("/reporters/{name}")
	String reporter(@PathVariable String name, @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		Reporter reporter = this.reporters.reporter(name, page, PAGE_SIZE)
			.orElseThrow(() -> new NotFoundException("No reporter " + name));
		model.addAttribute("reporter", reporter);
		model.addAttribute("pageTitle", name);
		model.addAttribute("description", this.messages.getMessage("reporter.detail.description",
				new Object[] { name, reporter.total(), reporter.items().page() }, locale));
		model.addAttribute("reporterFeed",
				new ReporterFeed(this.messages.getMessage("feed.reporter.link", new Object[] { name }, locale),
						PeopleLinks.reporter(name) + "/feed.atom"));
		return "reporters/detail";
	}

}
