package org.newsportal.feed;

import java.util.List;

import org.newsportal.NotFoundException;
import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;
import org.newsportal.edition.IssueLinks;
import org.newsportal.people.PeopleLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site's feeds in Atom and RSS, one per reporter and one per printed page name
 * ({@code 要闻}): the newest items with their full text, for feed readers.
 */
@RestController
class FeedController {

	private final FeedService items;

	private final FeedWriter writer;

	private final MessageSource messages;

	private final PortalProperties properties;

	FeedController(FeedService items, MessageSource messages, PortalProperties properties) {
		this.items = items;
		this.messages = messages;
		this.properties = properties;
		this.writer = new FeedWriter(new SiteUrls(properties), properties.timeZone());
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> atom() {
		return site(FeedFormat.ATOM);
	}

	@GetMapping("/feed.rss")
	ResponseEntity<String> rss() {
		return site(FeedFormat.RSS);
	}

	@GetMapping("/reporters/{name}/feed.atom")
	ResponseEntity<String> reporterAtom(@PathVariable String name) {
		return reporter(name, FeedFormat.ATOM);
	}

	@GetMapping("/reporters/{name}/feed.rss")
	ResponseEntity<String> reporterRss(@PathVariable String name) {
		return reporter(name, FeedFormat.RSS);
	}

	@GetMapping("/issues/pages/{name}/feed.atom")
	ResponseEntity<String> pageAtom(@PathVariable String name) {
		return page(name, FeedFormat.ATOM);
	}

	@GetMapping("/issues/pages/{name}/feed.rss")
	ResponseEntity<String> pageRss(@PathVariable String name) {
		return page(name, FeedFormat.RSS);
	}

	private ResponseEntity<String> page(String name, FeedFormat format) {
		List<FeedItem> found = this.items.newestOnPage(name);
		if (found.isEmpty()) {
			throw new NotFoundException("No page named " + name);
		}
		String siteName = this.properties.siteName();
		String page = IssueLinks.pageName(name);
		FeedWriter.Channel channel = new FeedWriter.Channel(message("feed.page.title", siteName, name),
				message("feed.page.description", siteName, name), siteName, page + "/" + format.fileName(), page);
		return answer(format, channel, found);
	}

	private ResponseEntity<String> site(FeedFormat format) {
		String siteName = this.properties.siteName();
		FeedWriter.Channel channel = new FeedWriter.Channel(siteName, message("site.description"), siteName,
				"/" + format.fileName(), "/");
		return answer(format, channel, this.items.newest());
	}

	private ResponseEntity<String> reporter(String name, FeedFormat format) {
		List<FeedItem> found = this.items.newestBy(name);
		if (found.isEmpty()) {
			throw new NotFoundException("No reporter " + name);
		}
		String siteName = this.properties.siteName();
		String page = PeopleLinks.reporter(name);
		FeedWriter.Channel channel = new FeedWriter.Channel(message("feed.reporter.title", name, siteName),
				message("feed.reporter.description", name, siteName), siteName, page + "/" + format.fileName(), page);
		return answer(format, channel, found);
	}

	private ResponseEntity<String> answer(FeedFormat format, FeedWriter.Channel channel, List<FeedItem> found) {
		return ResponseEntity.ok().contentType(format.mediaType()).body(this.writer.write(format, channel, found));
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
