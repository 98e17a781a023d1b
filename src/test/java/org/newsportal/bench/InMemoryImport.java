package org.newsportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.newsportal.bulletin.BulletinDecoder;
import org.newsportal.bulletin.BulletinParser;
import org.newsportal.bulletin.DecodedText;
import org.newsportal.bulletin.FrontMatter;
import org.newsportal.bulletin.ParseOptions;
import org.newsportal.bulletin.ParsedBulletin;
import org.newsportal.bulletin.ParsedItem;
import org.newsportal.bulletin.Vocabulary;
import org.newsportal.edition.Placement;
import org.newsportal.edition.Placements;
import org.newsportal.importer.BodyRenderer;

import org.springframework.beans.BeanUtils;

/**
 * What the importer does to a bulletin before anything is stored, with the classes it
 * uses: decode the bytes, hash them, find the page's placement, parse, and render each
 * item's Markdown to sanitised HTML and plain text ({@link BodyRenderer}, the importer's
 * own bean). No database, no Spring context.
 */
final class InMemoryImport {

	private static final String SITE_NAME = "地方新闻";

	private final BulletinParser parser = new BulletinParser();

	/** The importer's bean, made as Spring makes it (its constructor is not public). */
	private final BodyRenderer renderer = BeanUtils.instantiateClass(BodyRenderer.class);

	private final LocalDate today = LocalDate.now();

	BodyRenderer renderer() {
		return this.renderer;
	}

	/** Decodes, hashes, places and parses one bulletin, as {@code prepare} does. */
	ParsedBulletin parse(String name, byte[] content) {
		DecodedText decoded = BulletinDecoder.decode(content);
		sha256(content);
		Placement placement = Placements.resolve(null, FrontMatter.peek(decoded.text()), name, SITE_NAME);
		LocalDate issueDate = placement.isPlaced() ? placement.date() : null;
		return this.parser.parse(decoded.text(), new ParseOptions(issueDate, this.today, Vocabulary.DEFAULTS));
	}

	/** The whole in-memory pipeline: parse, then render every item. */
	List<Rendered> run(String name, byte[] content) {
		ParsedBulletin parsed = parse(name, content);
		List<Rendered> items = new ArrayList<>(parsed.items().size());
		for (ParsedItem item : parsed.items()) {
			// as the importer looks for pictures before it renders
			this.renderer.images(item.markdown());
			items.add(new Rendered(item, this.renderer.render(item.markdown(), Map.of())));
		}
		return items;
	}

	private static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The bulletins of a folder, read into memory in name order. */
	static List<Bulletin> read(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.sorted().toList();
		}
		List<Bulletin> bulletins = new ArrayList<>(files.size());
		for (Path file : files) {
			bulletins.add(new Bulletin(file.getFileName().toString(), Files.readAllBytes(file)));
		}
		return bulletins;
	}

	record Bulletin(String name, byte[] content) {

	}

	record Rendered(ParsedItem item, BodyRenderer.RenderedBody body) {

	}

}
