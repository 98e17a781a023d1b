package org.newsportal.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.newsportal.ResultPage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators, newest first, narrowed by who, what and when. It is
 * read-only: there is no way to change or delete an entry from the site.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final ZoneId zone;

	AuditController(AuditLog log, @Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.log = log;
		this.zone = zone;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasRole('ADMIN')")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") String page, Model model) {
		AuditFilter filter = new AuditFilter(blankToNull(actor), action(action), date(from), date(to));
		ResultPage<AuditEntry> entries = this.log.find(filter, this.zone, pageNumber(page), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		model.addAttribute("actors", this.log.actors());
		model.addAttribute("actions", List.of(AuditAction.values()));
		return "audit/list";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static AuditAction action(String value) {
		try {
			return (value == null || value.isBlank()) ? null : AuditAction.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return (value == null || value.isBlank()) ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int pageNumber(String value) {
		try {
			return Math.min(Math.max(Integer.parseInt(value), 0), 100_000);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
