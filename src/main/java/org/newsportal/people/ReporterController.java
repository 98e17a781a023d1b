package org.newsportal.people;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reporters' pages: who writes for the paper, and what each has written.
 */
@Controller
class ReporterController {

	static final int LIST_SIZE = 100;

	static final int PAGE_SIZE = 20;

	private final ReporterService reporters;

	ReporterController(ReporterService reporters) {
		this.reporters = reporters;
	}

	@GetMapping("/reporters")
	String reporters(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("reporters", this.reporters.reporters(page, LIST_SIZE));
		model.addAttribute("columns", Roles.TABLE);
		return "reporters/list";
	}

	@GetMapping("/reporters/{name}")
	String reporter(@PathVariable String name, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("reporter", this.reporters.reporter(name, page, PAGE_SIZE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "reporters/detail";
	}

}
