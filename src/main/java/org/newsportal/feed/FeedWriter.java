package org.newsportal.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.newsportal.SiteUrls;
import org.newsportal.article.Credit;
import org.newsportal.people.PeopleLinks;

/**
 * Writes items as an Atom 1.0 or RSS 2.0 document with Rome.
 * <p>
 * An item is dated at the start of its day in the paper's time zone: the bulletin gives a
 * day (and at most a part of it, 上午), never a time, and the start of the day is the same
 * instant whenever the item is imported. Atom's {@code updated} is the import time when
 * later, since that is when the entry's content last changed.
 */
final class FeedWriter {

	private final SiteUrls urls;

	private final ZoneId zone;

	FeedWriter(SiteUrls urls, ZoneId zone) {
		this.urls = urls;
		this.zone = zone;
	}

	/**
	 * A feed's own facts.
	 *
	 * @param selfPath where the feed lives, e.g. {@code /feed.atom}
	 * @param pagePath the page the feed follows, e.g. {@code /}
	 */
	record Channel(String title, String description, String author, String selfPath, String pagePath) {

	}

	String write(FeedFormat format, Channel channel, List<FeedItem> items) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(format.romeType());
		feed.setTitle(text(format, channel.title()));
		feed.setDescription(text(format, channel.description()));
		feed.setLanguage("zh-cn");
		String self = this.urls.absolute(channel.selfPath());
		feed.setUri(self);
		feed.setLink(this.urls.absolute(channel.pagePath()));
		feed.setLinks(List.of(link("self", self, format.mediaType().getType() + "/" + format.mediaType().getSubtype()),
				link("alternate", this.urls.absolute(channel.pagePath()), "text/html")));
		if (format == FeedFormat.ATOM) {
			// Atom requires an author for every entry; items without a byline are the
			// paper's own. RSS would want an e-mail address there, which the paper has
			// not given.
			feed.setAuthors(List.of(person(channel.author(), null)));
		}
		// Without items the feed still needs an update time, and a fixed one keeps its
		// validator stable
		feed.setPublishedDate(
				Date.from(items.stream().map(this::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
		feed.setEntries(items.stream().map((item) -> entry(format, item)).toList());
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Cannot write the " + format + " feed " + channel.selfPath(), ex);
		}
	}

	private SyndEntry entry(FeedFormat format, FeedItem item) {
		SyndEntry entry = new SyndEntryImpl();
		String url = this.urls.absolute(item.url());
		entry.setUri(url);
		entry.setLink(url);
		entry.setTitle(text(format, item.title()));
		entry.setPublishedDate(Date.from(published(item)));
		entry.setUpdatedDate(Date.from(updated(item)));
		List<SyndPerson> authors = new ArrayList<>();
		for (Credit credit : item.bylines()) {
			if (authors.stream().noneMatch((author) -> author.getName().equals(credit.name()))) {
				authors.add(person(credit.name(), this.urls.absolute(PeopleLinks.reporter(credit.name()))));
			}
		}
		if (format == FeedFormat.ATOM) {
			entry.setAuthors(authors);
		}
		else {
			// RSS's own author element is an e-mail address; names go in dc:creator
			DCModule dc = (DCModule) entry.getModule(DCModule.URI);
			dc.setCreators(authors.stream().map(SyndPerson::getName).toList());
		}
		if (item.summary() != null && !item.summary().isBlank()) {
			entry.setDescription(content("text", text(format, item.summary())));
		}
		entry.setContents(List.of(content("html", html(item))));
		if (item.enclosure() != null) {
			SyndEnclosure enclosure = new SyndEnclosureImpl();
			enclosure.setUrl(this.urls.absolute(item.enclosure().url()));
			enclosure.setType(item.enclosure().type());
			enclosure.setLength(item.enclosure().length());
			entry.setEnclosures(List.of(enclosure));
		}
		return entry;
	}

	/**
	 * The stored body, with the subtitle the page shows above it.
	 */
	private String html(FeedItem item) {
		String html = pictures(item.html());
		if (item.subtitle() == null || item.subtitle().isBlank()) {
			return html;
		}
		return "<p><strong>" + escape(item.subtitle()) + "</strong></p>\n" + html;
	}

	/**
	 * The body's pictures at absolute addresses: a feed is read away from the site. Only
	 * the importer writes {@code /photos/} into a body ({@code importer.BodyRenderer}),
	 * in {@code src} and {@code srcset}.
	 */
	private String pictures(String html) {
		if (html == null || !html.contains("/photos/")) {
			return html;
		}
		String absolute = this.urls.absolute("/photos/");
		return html.replace("\"/photos/", "\"" + absolute).replace(", /photos/", ", " + absolute);
	}

	/**
	 * Text as the format carries it. Atom says an element is text, and readers show it
	 * so; RSS 2.0 has no such type, and readers take a title or description as HTML, so a
	 * headline printed as {@code <img src=x onerror=…>} would reach them as markup unless
	 * it is escaped once more.
	 */
	private static String text(FeedFormat format, String value) {
		return (format == FeedFormat.RSS && value != null) ? escape(value) : value;
	}

	private Instant published(FeedItem item) {
		return item.date().atStartOfDay(this.zone).toInstant();
	}

	private Instant updated(FeedItem item) {
		Instant published = published(item);
		return (item.importedAt() != null && item.importedAt().isAfter(published)) ? item.importedAt() : published;
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static SyndPerson person(String name, String uri) {
		SyndPerson person = new SyndPersonImpl();
		person.setName(name);
		person.setUri(uri);
		return person;
	}

	private static SyndContent content(String type, String value) {
		SyndContent content = new SyndContentImpl();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
