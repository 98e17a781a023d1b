package org.newsportal.account;

import java.security.Principal;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accounts page for administrators (add, disable and enable, change the role, reset
 * the password) and the page where everyone changes their own password.
 */
@Controller
class AccountController {

	private final AccountService accounts;

	private final MessageSource messages;

	AccountController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/admin/accounts")
	@PreAuthorize("hasRole('ADMIN')")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.findAll());
		model.addAttribute("roles", List.of(Role.values()));
		return "account/accounts";
	}

	@PostMapping("/admin/accounts")
	@PreAuthorize("hasRole('ADMIN')")
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, @RequestParam(required = false) Role role,
			Principal admin, RedirectAttributes redirect) {
		try {
			Account account = this.accounts.create(username, displayName, password, role, admin.getName());
			redirect.addFlashAttribute("notice", message("account.created", account.getUsername()));
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", message("account.create.failed", ex.getMessage()));
			redirect.addFlashAttribute("username", username);
			redirect.addFlashAttribute("displayName", displayName);
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	@PreAuthorize("hasRole('ADMIN')")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Principal admin,
			RedirectAttributes redirect) {
		try {
			Account account = this.accounts.setEnabled(id, enabled, admin.getName());
			redirect.addFlashAttribute("notice",
					message(enabled ? "account.enabled.done" : "account.disabled.done", account.getUsername()));
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/role")
	@PreAuthorize("hasRole('ADMIN')")
	String setRole(@PathVariable long id, @RequestParam(required = false) Role role, Principal admin,
			RedirectAttributes redirect) {
		try {
			Account account = this.accounts.setRole(id, role, admin.getName());
			redirect.addFlashAttribute("notice", message("account.role.changed", account.getUsername()));
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/password")
	@PreAuthorize("hasRole('ADMIN')")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Principal admin,
			RedirectAttributes redirect) {
		try {
			Account account = this.accounts.resetPassword(id, password, admin.getName());
			redirect.addFlashAttribute("notice", message("account.reset.done", account.getUsername()));
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", message("account.reset.failed", ex.getMessage()));
		}
		return "redirect:/admin/accounts";
	}

	@GetMapping("/admin/password")
	String passwordForm() {
		return "account/password";
	}

	@PostMapping("/admin/password")
	String changePassword(@RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
			Principal editor, RedirectAttributes redirect) {
		if (!password.equals(repeat)) {
			redirect.addFlashAttribute("problem", message("account.password.mismatch"));
			return "redirect:/admin/password";
		}
		try {
			this.accounts.changeOwnPassword(editor.getName(), current, password);
			redirect.addFlashAttribute("notice", message("account.password.changed"));
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", message("account.password.failed", ex.getMessage()));
		}
		return "redirect:/admin/password";
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
