package org.newsportal.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsportal.browser.HtmlChecker;
import org.newsportal.browser.HtmlChecker.Message;
import org.newsportal.browser.NeedsTools;
import org.newsportal.site.SitePages.Page;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, as the running site serves it, passes the W3C Nu HTML Checker
 * without an error. The pages are kept under {@code target/markup/} for a look when one
 * fails.
 */
@SeededSite
@NeedsTools(browser = false, vnu = true)
class MarkupValidationIT {

	private static final Path PAGES = Path.of("target", "markup");

	@LocalServerPort
	private int port;

	@Test
	void everyPageIsValidHtml() throws IOException {
		SitePages site = new SitePages(this.port);
		Files.createDirectories(PAGES);
		List<Path> files = new ArrayList<>();
		for (Page page : site.all()) {
			Path file = PAGES.resolve(page.name() + ".html");
			Files.writeString(file, site.fetch(page.path()), StandardCharsets.UTF_8);
			files.add(file);
		}
		List<Message> messages = HtmlChecker.check(files);
		Files.writeString(PAGES.resolve("warnings.txt"),
				messages.stream().map(Message::toString).collect(Collectors.joining("\n")));
		List<Message> errors = messages.stream().filter(Message::error).toList();
		assertThat(errors).as(() -> errors.stream().map(Message::toString).collect(Collectors.joining("\n"))).isEmpty();
	}

}
