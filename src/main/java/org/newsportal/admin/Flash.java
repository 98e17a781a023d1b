package org.newsportal.admin;

import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message an editor sees on the page after an action: {@code notice} when it worked,
 * {@code problem} when it did not, each with optional detail lines.
 */
final class Flash {

	private Flash() {
	}

	static void notice(RedirectAttributes redirect, String message, List<String> details) {
		redirect.addFlashAttribute("notice", message);
		redirect.addFlashAttribute("details", details);
	}

	static void notice(RedirectAttributes redirect, String message) {
		notice(redirect, message, List.of());
	}

	static void problem(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("problem", message);
	}

}
