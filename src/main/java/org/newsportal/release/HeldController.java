package org.newsportal.release;

import java.io.IOException;
import java.security.Principal;
import java.time.ZoneId;

import org.newsportal.importer.ImportException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 定时发布: what is waiting for its release time, and holding a new bulletin until one.
 * Editors hold; a chief editor may release one early or cancel it.
 */
@Controller
class HeldController {

	private final HeldImports held;

	private final ZoneId zone;

	private final MessageSource messages;

	HeldController(HeldImports held, @Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone, MessageSource messages) {
		this.held = held;
		this.zone = zone;
		this.messages = messages;
	}

	@GetMapping("/admin/held")
	String list(Model model) {
		model.addAttribute("waiting", this.held.waiting());
		model.addAttribute("recent", this.held.recent());
		return "release/held";
	}

	@PostMapping("/admin/held")
	String hold(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String issueDate,
			@RequestParam(required = false) String source, @RequestParam(required = false) String releaseAt,
			Principal editor, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty() || file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank()) {
			redirect.addFlashAttribute("problem", message("held.file.missing"));
			return "redirect:/admin/held";
		}
		try {
			HeldImport done = this.held.hold(file.getOriginalFilename(), file.getBytes(),
					ReleaseTimes.issueDate(issueDate), ReleaseTimes.source(source),
					ReleaseTimes.parse(releaseAt, this.zone), editor.getName());
			redirect.addFlashAttribute("notice", message("held.done", done.name(),
					done.releaseAt().atZone(this.zone).toLocalDateTime().toString().replace('T', ' ')));
		}
		catch (ImportException ex) {
			redirect.addFlashAttribute("problem", message("held.failed", ex.describe()));
		}
		catch (HeldImportException ex) {
			redirect.addFlashAttribute("problem", message("held.failed", ex.getMessage()));
		}
		return "redirect:/admin/held";
	}

	@PostMapping("/admin/held/{id}/release")
	@PreAuthorize("hasRole('CHIEF')")
	String release(@PathVariable long id, Principal chief, RedirectAttributes redirect) {
		String name = this.held.find(id).map(HeldImport::name).orElse("");
		if (this.held.releaseNow(id, chief.getName())) {
			redirect.addFlashAttribute("notice", message("held.released", name));
		}
		else {
			redirect.addFlashAttribute("problem",
					this.held.find(id)
						.filter((item) -> item.state() == HeldImport.State.FAILED)
						.map((item) -> message("held.release.failed", item.outcome()))
						.orElseGet(() -> message("held.gone")));
		}
		return "redirect:/admin/held";
	}

	@PostMapping("/admin/held/{id}/cancel")
	@PreAuthorize("hasRole('CHIEF')")
	String cancel(@PathVariable long id, Principal chief, RedirectAttributes redirect) {
		if (this.held.cancel(id, chief.getName())) {
			redirect.addFlashAttribute("notice", message("held.cancelled"));
		}
		else {
			redirect.addFlashAttribute("problem", message("held.gone"));
		}
		return "redirect:/admin/held";
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
