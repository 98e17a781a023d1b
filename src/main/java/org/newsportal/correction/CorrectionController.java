package org.newsportal.correction;

import java.security.Principal;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.newsportal.NotFoundException;
import org.newsportal.article.ArticleLinks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages for one article: edit with a preview, its revisions, a diff between
 * two, restoring one, and deleting the article with a reason.
 */
@Controller
@RequestMapping("/admin/articles/{slug}")
class CorrectionController {

	private static final String EDIT = "corrections/edit";

	private final Corrections corrections;

	private final ZoneId zone;

	private final MessageSource messages;

	CorrectionController(Corrections corrections, @Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone,
			MessageSource messages) {
		this.corrections = corrections;
		this.zone = zone;
		this.messages = messages;
	}

	@ModelAttribute("editor")
	String editor(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.zone;
	}

	@GetMapping("/edit")
	String edit(@PathVariable String slug, Model model) {
		EditForm form = this.corrections.form(slug).orElseThrow(() -> notFound());
		model.addAttribute("slug", slug);
		model.addAttribute("form", form);
		return EDIT;
	}

	@PostMapping(path = "/edit", params = "preview")
	String preview(@PathVariable String slug, @ModelAttribute("form") EditForm form, BindingResult errors,
			Model model) {
		// Only what cannot be read (a date that does not exist) is shown; the rest is
		// checked when saving
		this.corrections.title(slug).orElseThrow(() -> notFound());
		model.addAttribute("slug", slug);
		model.addAttribute("preview", this.corrections.preview(form.getMarkdown()));
		return EDIT;
	}

	@PostMapping(path = "/edit", params = "!preview")
	String save(@PathVariable String slug, @Valid @ModelAttribute("form") EditForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		this.corrections.title(slug).orElseThrow(() -> notFound());
		model.addAttribute("slug", slug);
		if (errors.hasErrors()) {
			return EDIT;
		}
		String saved;
		try {
			saved = this.corrections.save(slug, form, principal.getName()).orElseThrow(() -> notFound());
		}
		catch (CorrectionException ex) {
			model.addAttribute("problem", ex.getMessage());
			return EDIT;
		}
		redirect.addFlashAttribute("notice", saved.equals(slug) ? message("correction.saved")
				: message("correction.saved.moved", ArticleLinks.url(saved)));
		return "redirect:/admin/articles/" + saved + "/revisions";
	}

	@GetMapping("/revisions")
	String revisions(@PathVariable String slug, Model model) {
		String title = this.corrections.title(slug).orElseThrow(() -> notFound());
		model.addAttribute("slug", slug);
		model.addAttribute("title", title);
		model.addAttribute("revisions", this.corrections.revisions(slug));
		return "corrections/revisions";
	}

	@GetMapping("/diff")
	String diff(@PathVariable String slug, @RequestParam int from, @RequestParam int to, Model model) {
		String title = this.corrections.title(slug).orElseThrow(() -> notFound());
		model.addAttribute("slug", slug);
		model.addAttribute("title", title);
		model.addAttribute("diff", this.corrections.diff(slug, from, to).orElseThrow(() -> notFound()));
		return "corrections/diff";
	}

	@PostMapping("/revisions/{number}/restore")
	String restore(@PathVariable String slug, @PathVariable int number, Principal principal,
			RedirectAttributes redirect) {
		String restored = this.corrections.restore(slug, number, null, principal.getName())
			.orElseThrow(() -> notFound());
		redirect.addFlashAttribute("notice", message("correction.restored", String.valueOf(number)));
		return "redirect:/admin/articles/" + restored + "/revisions";
	}

	@GetMapping("/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		String title = this.corrections.title(slug).orElseThrow(() -> notFound());
		model.addAttribute("slug", slug);
		model.addAttribute("title", title);
		return "corrections/delete";
	}

	@PostMapping("/delete")
	String delete(@PathVariable String slug, @RequestParam(defaultValue = "") String reason, Model model,
			Principal principal, RedirectAttributes redirect) {
		String title = this.corrections.title(slug).orElseThrow(() -> notFound());
		if (reason.isBlank() || reason.length() > 1000) {
			model.addAttribute("slug", slug);
			model.addAttribute("title", title);
			model.addAttribute("problem",
					message(reason.isBlank() ? "correction.delete.reason.required" : "correction.delete.reason.size"));
			return "corrections/delete";
		}
		this.corrections.delete(slug, reason, principal.getName());
		redirect.addFlashAttribute("notice", message("correction.deleted", title));
		return "redirect:/admin";
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static NotFoundException notFound() {
		return new NotFoundException("No article to correct");
	}

}
