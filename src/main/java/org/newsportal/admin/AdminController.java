package org.newsportal.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.newsportal.NotFoundException;
import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;
import org.newsportal.article.Article;
import org.newsportal.article.ArticleRepository;
import org.newsportal.correction.Corrections;
import org.newsportal.correction.ReimportChoice;
import org.newsportal.article.Bulletin;
import org.newsportal.article.BulletinRepository;
import org.newsportal.edition.IssueLinks;
import org.newsportal.edition.PageFileKind;
import org.newsportal.edition.Placement;
import org.newsportal.edition.PrintedPlaces;
import org.newsportal.importer.Attachment;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportException;
import org.newsportal.importer.ImportReport;
import org.newsportal.importer.ImportResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
 * The editors' pages for what is already stored: the import history, each bulletin's
 * report, and re-import and delete, each confirmed on a page of its own first.
 */
@Controller
class AdminController {

	static final int PAGE_SIZE = 50;

	private final BulletinHistory history;

	private final BulletinRepository bulletins;

	private final ArticleRepository articles;

	private final BulletinImporter importer;

	private final JsonMapper json;

	private final MessageSource messages;

	private final PrintedPlaces printed;

	private final Corrections corrections;

	AdminController(BulletinHistory history, BulletinRepository bulletins, ArticleRepository articles,
			BulletinImporter importer, JsonMapper json, MessageSource messages, PrintedPlaces printed,
			Corrections corrections) {
		this.corrections = corrections;
		this.printed = printed;
		this.history = history;
		this.bulletins = bulletins;
		this.articles = articles;
		this.importer = importer;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/admin/login")
	String login() {
		return "admin/login";
	}

	@GetMapping("/admin")
	String history(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<BulletinRow> found = this.history.findLatestFirst(PageNumbers.request(page, PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("bulletins", ResultPage.of(found, found.getContent()));
		return "admin/history";
	}

	@GetMapping("/admin/bulletins/{id}")
	String report(@PathVariable long id, Model model) {
		Bulletin bulletin = find(id);
		List<Article> items = this.articles.findByBulletinOrderByPositionAsc(bulletin);
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("report", readReport(bulletin).orElse(null));
		model.addAttribute("items", items);
		model.addAttribute("staff", this.bulletins.findStaff(id));
		model.addAttribute("placement", this.printed.placementOf(id).map(Placement::describe).orElse(null));
		model.addAttribute("pageUrl",
				this.printed.placementOf(id)
					.map((placement) -> IssueLinks.page(placement.edition(), placement.date(), placement.page()))
					.orElse(null));
		model.addAttribute("pageFiles", this.printed.filesOf(id));
		return "admin/report";
	}

	/**
	 * Attaches a page's PDF or image to a stored bulletin (one that arrived later than
	 * its page, say), replacing the one of its kind.
	 */
	@PostMapping("/admin/bulletins/{id}/files")
	String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Principal editor,
			RedirectAttributes redirect) throws IOException {
		Bulletin bulletin = find(id);
		if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
			Flash.problem(redirect, message("admin.report.attach.none"));
			return "redirect:/admin/bulletins/" + id;
		}
		try {
			List<String> attached = this.importer.attach(bulletin.getName(),
					List.of(new Attachment(file.getOriginalFilename(), file.getBytes())), editor.getName());
			Flash.notice(redirect,
					attached.isEmpty() ? message("admin.report.attach.same") : message("admin.report.attached",
							attached.stream().map((kind) -> message("admin.file." + kind)).toList()));
		}
		catch (ImportException ex) {
			Flash.problem(redirect, ex.getMessage());
		}
		return "redirect:/admin/bulletins/" + id;
	}

	@PostMapping("/admin/bulletins/{id}/files/{kind}/delete")
	String detach(@PathVariable long id, @PathVariable String kind, RedirectAttributes redirect) {
		find(id);
		PageFileKind fileKind;
		try {
			fileKind = PageFileKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("No file kind " + kind);
		}
		if (this.printed.detach(id, fileKind)) {
			Flash.notice(redirect, message("admin.report.detached", message("admin.file." + kind)));
		}
		return "redirect:/admin/bulletins/" + id;
	}

	@GetMapping("/admin/bulletins/{id}/delete")
	@PreAuthorize("hasRole('CHIEF')")
	String confirmDelete(@PathVariable long id, Model model) {
		return confirm(find(id), "delete", model);
	}

	@PostMapping("/admin/bulletins/{id}/delete")
	@PreAuthorize("hasRole('CHIEF')")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Bulletin bulletin = find(id);
		if (this.importer.delete(bulletin.getName())) {
			Flash.notice(redirect, message("admin.delete.done", bulletin.getName()));
		}
		return "redirect:/admin";
	}

	@GetMapping("/admin/bulletins/{id}/reimport")
	String confirmReimport(@PathVariable long id, Model model) {
		Bulletin bulletin = find(id);
		model.addAttribute("edited", this.corrections.editedArticles(bulletin.getName()));
		return confirm(bulletin, "reimport", model);
	}

	@PostMapping("/admin/bulletins/{id}/reimport")
	String reimport(@PathVariable long id, @RequestParam(defaultValue = "KEEP_EDITS") ReimportChoice edits,
			Principal editor, RedirectAttributes redirect) {
		Bulletin bulletin = find(id);
		try {
			Optional<ImportResult> result = edits
				.during(() -> this.importer.reimport(bulletin.getName(), editor.getName()));
			result.ifPresent((done) -> Flash.notice(redirect,
					message("admin.reimport.done", done.bulletin(), done.report().summary())));
			return "redirect:/admin/bulletins/" + id;
		}
		catch (ImportException ex) {
			Flash.problem(redirect, message("admin.reimport.failed", ex.describe()));
			return "redirect:/admin/bulletins/" + id;
		}
	}

	private String confirm(Bulletin bulletin, String action, Model model) {
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("action", action);
		return "admin/confirm";
	}

	private Bulletin find(long id) {
		return this.bulletins.findById(id).orElseThrow(() -> new NotFoundException("No bulletin " + id));
	}

	/**
	 * The report as stored at import; a report that no longer reads (an older format) is
	 * left out rather than failing the page.
	 */
	private Optional<ImportReport> readReport(Bulletin bulletin) {
		try {
			return Optional.of(this.json.readValue(bulletin.getReport(), ImportReport.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
