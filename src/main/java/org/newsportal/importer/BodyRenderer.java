package org.newsportal.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.newsportal.photo.PhotoFormat;
import org.newsportal.photo.PhotoRef;

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
 * <p>
 * A Markdown image ({@code ![说明](photo-1.jpg)}) is shown only when it names a photo that
 * came with the bulletin: it becomes a {@code <picture>} of the photo's stored renditions
 * (WebP and JPEG, several widths, {@code srcset} and {@code sizes}, its width and height,
 * lazily loaded except the item's first), inside a {@code <figure>} with the alt text as
 * caption when it stands alone in its paragraph. Any other image is dropped.
 */
@Component
public class BodyRenderer {

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeProtocols("img", "src", "http", "https")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	/**
	 * The width a photo takes in the article column, for the browser to pick a rendition.
	 */
	static final String SIZES = "(min-width: 45rem) 42rem, 100vw";

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
		return render(markdown, Map.of());
	}

	/**
	 * Renders an item with the photos that came with its bulletin, by the names its
	 * Markdown gives them.
	 */
	public RenderedBody render(String markdown, Map<String, PhotoRef> photos) {
		String html = this.renderer.render(this.parser.parse(markdown));
		// What Jsoup.clean does, keeping the clean document instead of writing it out
		// and parsing it again
		Document document = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
		boolean first = true;
		for (Element img : document.body().select("img")) {
			PhotoRef photo = photos.get(photoName(img.attr("src")));
			Element parent = img.parent();
			if (photo == null) {
				img.remove();
			}
			else if (opensParagraph(img, parent)) {
				// a picture standing alone, or above its caption: a figure
				img.remove();
				boolean captioned = !parent.text().isBlank();
				String alt = (img.attr("alt").isBlank() && captioned) ? parent.text() : img.attr("alt");
				Element figure = new Element("figure").addClass("photo").appendChild(picture(photo, alt, first));
				if (captioned) {
					Element caption = figure.appendElement("figcaption");
					caption.insertChildren(0, new ArrayList<>(parent.childNodes()));
				}
				else if (!alt.isBlank()) {
					figure.appendElement("figcaption").text(alt);
				}
				first = false;
				parent.replaceWith(figure);
				continue;
			}
			else {
				img.replaceWith(picture(photo, img.attr("alt"), first));
				first = false;
			}
			if (parent != null && parent.tagName().equals("p") && parent.childNodeSize() == 0) {
				parent.remove();
			}
		}
		String safe = document.body().html();
		String text = document.body()
			.children()
			.stream()
			.map(Element::text)
			.filter((block) -> !block.isBlank())
			.collect(Collectors.joining("\n\n"));
		return new RenderedBody(safe, text);
	}

	/**
	 * Whether the picture is the first thing in its paragraph and the only picture there.
	 */
	private static boolean opensParagraph(Element img, Element parent) {
		if (parent == null || !parent.tagName().equals("p") || parent.select("img").size() != 1) {
			return false;
		}
		for (org.jsoup.nodes.Node node : parent.childNodes()) {
			if (node == img) {
				return true;
			}
			if (!(node instanceof org.jsoup.nodes.TextNode text) || !text.isBlank()) {
				return false;
			}
		}
		return false;
	}

	private static Element picture(PhotoRef photo, String alt, boolean first) {
		Element picture = new Element("picture");
		if (photo.webp()) {
			picture.appendElement("source")
				.attr("type", PhotoFormat.WEBP.mediaType())
				.attr("srcset", photo.srcset(PhotoFormat.WEBP))
				.attr("sizes", SIZES);
		}
		int width = photo.shownWidth();
		Element img = picture.appendElement("img")
			.attr("src", photo.url(width, PhotoFormat.JPEG))
			.attr("srcset", photo.srcset(PhotoFormat.JPEG))
			.attr("sizes", SIZES)
			.attr("width", Integer.toString(width))
			.attr("height", Integer.toString(photo.heightAt(width)))
			.attr("alt", alt);
		if (!first) {
			img.attr("loading", "lazy");
		}
		img.attr("decoding", "async");
		return picture;
	}

	/**
	 * The names of the pictures an item's Markdown shows, in order: what the importer
	 * looks for among the files that came with the bulletin.
	 */
	public List<ImageUse> images(String markdown) {
		if (!markdown.contains("![")) {
			return List.of();
		}
		List<ImageUse> images = new ArrayList<>();
		Node document = this.parser.parse(markdown);
		new NodeVisitor(new VisitHandler<>(Image.class, (image) -> {
			String name = photoName(image.getUrl().toString());
			if (name != null && images.stream().noneMatch((use) -> use.name().equals(name))) {
				images.add(new ImageUse(name, image.getText().toString().strip()));
			}
		})).visit(document);
		return images;
	}

	/** A picture an item shows: its name among the bulletin's files and its alt text. */
	public record ImageUse(String name, String alt) {

	}

	/**
	 * A picture's address as a name among the bulletin's files ({@code photo-1.jpg},
	 * {@code images/photo-1.jpg}), or null for an address elsewhere ({@code https:},
	 * {@code /x.jpg}, {@code ../x.jpg}), which is never fetched.
	 */
	static String photoName(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String name = url.strip();
		if (name.indexOf('%') >= 0) {
			try {
				name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		if (name.startsWith("./")) {
			name = name.substring(2);
		}
		if (name.contains(":") || name.startsWith("/") || name.contains("\\") || name.contains("?")
				|| name.contains("#")) {
			return null;
		}
		for (String part : name.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) {
				return null;
			}
		}
		return name;
	}

	/**
	 * Sanitised HTML and plain text of one body.
	 */
	public record RenderedBody(String html, String text) {

	}

}
