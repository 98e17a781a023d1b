package org.newsportal.importer;

import java.util.List;
import java.util.stream.Collectors;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Turns an item's Markdown into the HTML a reader sees and the plain text search and
 * feeds use. Runs once, at import.
 *
 * <p>
 * Raw HTML in a bulletin is escaped by the Markdown renderer, so an editor's stray
 * {@code <b>} stays visible as text instead of vanishing; the sanitiser then removes
 * anything that could still carry script, such as a {@code javascript:} link written in
 * Markdown.
 */
@Component
public class BodyRenderer {

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private final Parser parser;

	private final HtmlRenderer renderer;

	BodyRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.SOFT_BREAK, "");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	public RenderedBody render(String markdown) {
		String html = this.renderer.render(this.parser.parse(markdown));
		String safe = Jsoup.clean(html, SAFELIST);
		Document document = Jsoup.parseBodyFragment(safe);
		String text = document.body()
			.children()
			.stream()
			.map(Element::text)
			.filter((block) -> !block.isBlank())
			.collect(Collectors.joining("\n\n"));
		return new RenderedBody(safe, text);
	}

	/**
	 * Sanitised HTML and plain text of one body.
	 */
	public record RenderedBody(String html, String text) {

	}

}
