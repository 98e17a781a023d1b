package org.newsportal.correction;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The readers' list of corrections, newest first, and its Atom feed.
 */
@Controller
class CorrectionsPageController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Corrections corrections;

	private final PortalProperties properties;

	private final SiteUrls urls;

	CorrectionsPageController(Corrections corrections, PortalProperties properties) {
		this.corrections = corrections;
		this.properties = properties;
		this.urls = new SiteUrls(properties);
	}

	@GetMapping("/corrections")
	String list(Model model) {
		model.addAttribute("corrections", this.corrections.newest());
		model.addAttribute("canonical", this.urls.absolute("/corrections"));
		model.addAttribute("pageTitle", "更正");
		model.addAttribute("paperZone", this.properties.timeZone());
		model.addAttribute("pageFeed",
				java.util.Map.of("title", this.properties.siteName() + " · 更正", "href", "/corrections/feed.atom"));
		return "corrections/list";
	}

	@GetMapping("/corrections/feed.atom")
	ResponseEntity<String> feed() throws FeedException {
		List<CorrectionEntry> entries = this.corrections.newest();
		Feed feed = new Feed("atom_1.0");
		feed.setId(this.urls.absolute("/corrections"));
		feed.setTitle(this.properties.siteName() + " · 更正");
		feed.setLanguage("zh-CN");
		feed.setUpdated(Date.from(entries.isEmpty() ? java.time.Instant.EPOCH : entries.get(0).correctedAt()));
		feed.setAlternateLinks(List.of(link("alternate", "/corrections")));
		feed.setOtherLinks(List.of(link("self", "/corrections/feed.atom")));
		feed.setEntries(entries.stream().map(this::entry).toList());
		String xml = new WireFeedOutput().outputString(feed);
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private Entry entry(CorrectionEntry correction) {
		Entry entry = new Entry();
		String url = this.urls.absolute(correction.url());
		entry.setId(url + "#correction-" + correction.correctedAt().toEpochMilli());
		entry.setTitle("更正：" + correction.title());
		entry.setUpdated(Date.from(correction.correctedAt()));
		entry.setPublished(Date.from(correction.correctedAt()));
		entry.setAlternateLinks(List.of(link("alternate", correction.url())));
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(correction.note());
		entry.setSummary(summary);
		return entry;
	}

	private Link link(String rel, String path) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(this.urls.absolute(path));
		return link;
	}

}
