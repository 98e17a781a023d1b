package org.newsportal.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.newsportal.PortalProperties;
import org.newsportal.article.Article;
import org.newsportal.article.ArticleLinks;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.Bulletin;
import org.newsportal.article.BulletinRepository;
import org.newsportal.article.BulletinSourceRepository;
import org.newsportal.article.Credit;
import org.newsportal.article.Mention;
import org.newsportal.article.change.BulletinDeleted;
import org.newsportal.article.change.BulletinImported;
import org.newsportal.article.change.BulletinReplaced;
import org.newsportal.article.change.BulletinReplacing;
import org.newsportal.article.change.StoredArticle;
import org.newsportal.bulletin.BulletinDecoder;
import org.newsportal.bulletin.BulletinFormatException;
import org.newsportal.bulletin.BulletinParser;
import org.newsportal.bulletin.DecodedText;
import org.newsportal.bulletin.FrontMatter;
import org.newsportal.bulletin.ItemKind;
import org.newsportal.bulletin.ItemSource;
import org.newsportal.bulletin.ParseOptions;
import org.newsportal.bulletin.ParsedBulletin;
import org.newsportal.bulletin.ParsedItem;
import org.newsportal.bulletin.Vocabulary;
import org.newsportal.edition.IssueLinks;
import org.newsportal.edition.PageFileException;
import org.newsportal.edition.PageFileKind;
import org.newsportal.edition.Placement;
import org.newsportal.edition.PlacementException;
import org.newsportal.edition.PlacementSource;
import org.newsportal.edition.Placements;
import org.newsportal.edition.PreparedPageFile;
import org.newsportal.edition.PrintedPlaces;
import org.newsportal.photo.PhotoException;
import org.newsportal.photo.PhotoLibrary;
import org.newsportal.photo.PhotoRef;
import org.newsportal.photo.PhotoStore;
import org.newsportal.media.ContentHash;
import org.newsportal.photo.PreparedPhoto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns bulletins into stored articles. Reading, parsing and rendering happen outside any
 * transaction ({@link #prepare}); storing is one transaction ({@link #store}), so a
 * bulletin that fails stores nothing.
 */
@Service
public class BulletinImporter {

	private static final Logger logger = LoggerFactory.getLogger(BulletinImporter.class);

	/**
	 * Suffixes looked up in advance for each item; a slug taken that often is rare enough
	 * to be checked one by one.
	 */
	private static final int CHECKED_SUFFIXES = 4;

	private static final Pattern LINE_PREFIX = Pattern.compile("第\\s*(\\d{1,9})\\s*行[：:]\\s*");

	private static final int SLUG_QUERY_SIZE = 500;

	/**
	 * Pictures on one page: a page shows ten or twenty, and each holds about a megabyte
	 * of renditions until the page is stored.
	 */
	static final int MAX_PHOTOS = 60;

	/**
	 * Articles stored between flushes of the persistence context: a page of 20,000 items
	 * would otherwise keep every entity, and its snapshot, until the commit.
	 */
	private static final int FLUSH_EVERY = 500;

	/**
	 * Characters of Markdown stored between flushes: each is held three times (Markdown,
	 * HTML, text) until the flush, so a page of long articles is flushed sooner.
	 */
	private static final int FLUSH_EVERY_CHARACTERS = 1_000_000;

	private final BulletinRepository bulletins;

	private final BulletinSourceRepository sources;

	private final ArticleRepository articles;

	private final BodyRenderer renderer;

	private final BulletinParser parser = new BulletinParser();

	private final Clock clock;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final PortalProperties properties;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final Vocabulary vocabulary;

	private final PrintedPlaces printed;

	private final PhotoLibrary photoLibrary;

	private final PhotoStore photoStore;

	BulletinImporter(BulletinRepository bulletins, BulletinSourceRepository sources, ArticleRepository articles,
			BodyRenderer renderer, Clock clock, JsonMapper json, ApplicationEventPublisher events,
			PortalProperties properties, ImportProperties importProperties,
			PlatformTransactionManager transactionManager, EntityManager entityManager, PrintedPlaces printed,
			PhotoLibrary photoLibrary, PhotoStore photoStore) {
		this.photoLibrary = photoLibrary;
		this.photoStore = photoStore;
		this.vocabulary = importProperties.vocabulary();
		this.printed = printed;
		this.transactions = new TransactionTemplate(transactionManager);
		this.entityManager = entityManager;
		this.sources = sources;
		this.bulletins = bulletins;
		this.articles = articles;
		this.renderer = renderer;
		this.clock = clock;
		this.json = json;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * Reads, parses and renders a bulletin without storing anything.
	 * @throws ImportException when the bulletin cannot be imported
	 */
	public PreparedBulletin prepare(ImportRequest request) {
		return prepare(request, List.of());
	}

	/**
	 * Reads, parses and renders a bulletin, and checks the page's PDF and image that came
	 * with it, without storing anything.
	 * @throws ImportException when the bulletin or one of its files cannot be imported
	 */
	public PreparedBulletin prepare(ImportRequest request, List<Attachment> attachments) {
		return prepare(request, attachments, PhotoFiles.none());
	}

	/**
	 * Reads, parses and renders a bulletin, checks the page's PDF and image that came
	 * with it and reads the pictures its Markdown shows, from the attachments or else
	 * from {@code photoFiles}, without storing anything. A picture that is not there is a
	 * warning; one that is there but is no usable image refuses the bulletin.
	 * @throws ImportException when the bulletin or one of its files cannot be imported
	 */
	public PreparedBulletin prepare(ImportRequest request, List<Attachment> attachments, PhotoFiles photoFiles) {
		String name = request.name();
		String nameProblem = BulletinNames.problem(name);
		if (nameProblem != null) {
			throw new ImportException(name, nameProblem, 0);
		}
		byte[] content = (request.content() != null) ? request.content() : new byte[0];
		long limit = this.properties.maxBulletinSize().toBytes();
		if (content.length > limit) {
			throw new ImportException(name, "文件过大：%,d 字节，上限为 %,d 字节".formatted(content.length, limit), 0);
		}
		try {
			DecodedText decoded = BulletinDecoder.decode(content);
			Placement placement = Placements.resolve(request.issueDate(), FrontMatter.peek(decoded.text()), name,
					this.properties.siteName());
			// A date found in the title or the file name completes datelines as the front
			// matter's would
			LocalDate issueDate = placement.isPlaced() ? placement.date() : request.issueDate();
			ParsedBulletin parsed = this.parser.parse(decoded.text(),
					new ParseOptions(issueDate, LocalDate.now(this.clock), this.vocabulary));
			if (parsed.items().isEmpty()) {
				throw new ImportException(name, "没有找到任何文章", 0);
			}
			Map<String, Integer> pictures = pictureNames(parsed);
			List<String> photoNotes = new ArrayList<>();
			List<PreparedPhoto> photos = preparePhotos(name, pictures, attachments, photoFiles, photoNotes);
			try {
				List<PreparedPageFile> files = prepareFiles(name,
						attachments.stream().filter((file) -> !pictures.containsKey(file.name())).toList());
				ImportReport report = report(decoded.charset(), parsed, placement, files).withPhotos(photos,
						photoNotes);
				return new PreparedBulletin(request.withoutContent(), hash(content, request, photos), decoded.charset(),
						decoded.text(), parsed, report, placement, files, photos);
			}
			catch (RuntimeException ex) {
				photos.forEach(PreparedPhoto::close);
				throw ex;
			}
		}
		catch (PlacementException ex) {
			throw new ImportException(name, ex.getMessage(), 0);
		}
		catch (BulletinFormatException ex) {
			throw new ImportException(name, withoutLine(ex.getMessage(), ex.line()), ex.line());
		}
	}

	/**
	 * The pictures the items show, each with the line of the first item showing it.
	 */
	private Map<String, Integer> pictureNames(ParsedBulletin parsed) {
		Map<String, Integer> names = new LinkedHashMap<>();
		for (ParsedItem item : parsed.items()) {
			for (BodyRenderer.ImageUse image : this.renderer.images(item.markdown())) {
				names.putIfAbsent(image.name(), item.line());
			}
		}
		return names;
	}

	private List<PreparedPhoto> preparePhotos(String bulletin, Map<String, Integer> pictures,
			List<Attachment> attachments, PhotoFiles photoFiles, List<String> notes) {
		if (pictures.size() > MAX_PHOTOS) {
			throw new ImportException(bulletin, "一个版面最多 %d 张图片，这个版面有 %d 张".formatted(MAX_PHOTOS, pictures.size()), 0);
		}
		Map<String, byte[]> attached = new HashMap<>();
		for (Attachment attachment : attachments) {
			attached.put(attachment.name(), attachment.content());
		}
		List<PreparedPhoto> photos = new ArrayList<>();
		try {
			readPhotos(bulletin, pictures, attached, photoFiles, notes, photos);
		}
		catch (RuntimeException ex) {
			// the bulletin is refused: its photos prepared so far are let go
			photos.forEach(PreparedPhoto::close);
			throw ex;
		}
		return photos;
	}

	/**
	 * Each picture is read when it is prepared and let go after: a page's files are never
	 * all in the heap at once, nor their renditions, which are spooled to disk.
	 */
	private void readPhotos(String bulletin, Map<String, Integer> pictures, Map<String, byte[]> attached,
			PhotoFiles photoFiles, List<String> notes, List<PreparedPhoto> photos) {
		for (Map.Entry<String, Integer> picture : pictures.entrySet()) {
			String name = picture.getKey();
			int line = picture.getValue();
			byte[] content = attached.get(name);
			if (content == null) {
				try {
					content = photoFiles.read(name);
				}
				catch (IOException ex) {
					notes.add("第%d行：图片「%s」无法读取（%s），未显示".formatted(line, name,
							(ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName()));
					continue;
				}
			}
			if (content == null) {
				notes.add("第%d行：图片「%s」没有随稿件提供，未显示；请把它放在稿件旁或一起上传".formatted(line, name));
				continue;
			}
			try {
				photos.add(this.photoLibrary.prepare(name, content));
			}
			catch (PhotoException ex) {
				throw new ImportException(bulletin, ex.getMessage(), line);
			}
		}
	}

	/**
	 * The parser's message without the line it starts with ({@code 第3行：}): the line is
	 * given apart, and every place that shows the message puts it in front itself
	 * ({@link ImportException#describe()}, the preview, the API's {@code line}).
	 */
	static String withoutLine(String message, int line) {
		if (line <= 0 || message == null) {
			return message;
		}
		Matcher prefix = LINE_PREFIX.matcher(message);
		if (prefix.lookingAt() && Integer.parseInt(prefix.group(1)) == line) {
			return message.substring(prefix.end());
		}
		return message;
	}

	/** The largest bulletin file accepted, and so the largest file read from a zip. */
	public long maxFileSize() {
		return this.properties.maxBulletinSize().toBytes();
	}

	/**
	 * What importing a file would answer when a bulletin of its name is stored with the
	 * same content (and the same issue date and source given with it), found without
	 * decoding, parsing or rendering it: a restart with unchanged seeds, or
	 * {@code --import} run again over a whole archive, costs a hash and a few queries a
	 * page. The page files given are attached all the same, as they may have changed.
	 * @return empty when the file is to be imported
	 * @throws ImportException when a page file given cannot be a page's PDF or image
	 */
	public Optional<ImportResult> findUnchanged(ImportRequest request, List<Attachment> pageFiles) {
		Optional<Bulletin> stored = unchangedBulletin(request);
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		ImportReport report;
		try {
			report = this.json.readValue(stored.get().getReport(), ImportReport.class);
		}
		catch (JacksonException ex) {
			// a report written by an older version: the full import answers instead
			return Optional.empty();
		}
		List<String> attached = pageFiles.isEmpty() ? List.of()
				: attach(request.name(), pageFiles, request.importedBy());
		return Optional.of(unchanged(stored.get(), report, attached));
	}

	/** The answer for a bulletin stored with the same content: its addresses and page. */
	private ImportResult unchanged(Bulletin stored, ImportReport report, List<String> attached) {
		return new ImportResult(stored.getName(), ImportOutcome.UNCHANGED, report,
				this.articles.findSlugsByBulletin(stored.getId()),
				pageUrl(this.printed.placementOf(stored.getId()).orElse(null)), attached);
	}

	private Optional<Bulletin> unchangedBulletin(ImportRequest request) {
		byte[] content = request.content();
		if (content == null || content.length > this.properties.maxBulletinSize().toBytes()
				|| BulletinNames.problem(request.name()) != null) {
			return Optional.empty();
		}
		// A page with pictures hashes them too: it is never found unchanged here, and the
		// full import finds it so
		String hash = hash(content, request, List.of());
		return this.bulletins.findByName(request.name()).filter((bulletin) -> hash.equals(bulletin.getContentHash()));
	}

	/**
	 * Reads and stores a bulletin in one go.
	 */
	public ImportResult importBulletin(ImportRequest request) {
		return importBulletin(request, List.of());
	}

	/**
	 * Reads and stores a bulletin with the page's PDF or image in one go.
	 */
	public ImportResult importBulletin(ImportRequest request, List<Attachment> attachments) {
		return importBulletin(request, attachments, PhotoFiles.none());
	}

	/**
	 * Reads and stores a bulletin with the page's PDF or image and the pictures its
	 * Markdown names in one go.
	 */
	public ImportResult importBulletin(ImportRequest request, List<Attachment> attachments, PhotoFiles photoFiles) {
		try (PreparedBulletin prepared = prepare(request, attachments, photoFiles)) {
			// The uploaded bytes are not needed while storing, which is when memory is
			// tightest (the database writes the whole bulletin again as it commits).
			request = null;
			return store(prepared);
		}
	}

	/**
	 * Stores a prepared bulletin: creates it, replaces the articles of the bulletin of
	 * the same name, or does nothing when that bulletin has the same content.
	 */
	public ImportResult store(PreparedBulletin prepared) {
		return store(prepared, () -> {
		});
	}

	/**
	 * Stores a prepared bulletin, calling {@code afterEachItem} as each item is stored so
	 * a long import can show its progress.
	 */
	public ImportResult store(PreparedBulletin prepared, Runnable afterEachItem) {
		return withPhotosAhead(List.of(prepared),
				() -> this.transactions.execute((status) -> storeInTransaction(prepared, afterEachItem, false)));
	}

	/**
	 * Stores several prepared bulletins in one transaction: an editor publishes a batch
	 * as a whole, so when one fails none of them is stored.
	 */
	public List<ImportResult> storeAll(List<PreparedBulletin> prepared) {
		return withPhotosAhead(prepared, () -> this.transactions
			.execute((status) -> prepared.stream().map((bulletin) -> storeInTransaction(bulletin, () -> {
			}, false)).toList()));
	}

	/**
	 * Stores the bulletins' new photos ahead of them, each in a short transaction of its
	 * own, then the bulletins. The embedded H2 writes every row of a transaction again as
	 * it commits it: a page of 60 large pictures, stored with its bulletin, made hundreds
	 * of megabytes of renditions to rewrite at once, more than a 256 MB heap holds. A
	 * photo is content-addressed and nothing shows it until its bulletin's transaction
	 * links it, so storing it early changes nothing a reader sees; when the bulletins are
	 * not stored, the photos stored for them that nothing shows are deleted again, and
	 * any a crash left behind are swept at the next start ({@link PhotoStore#sweep}).
	 */
	private <T> T withPhotosAhead(List<PreparedBulletin> bulletins, Supplier<T> store) {
		List<PreparedPhoto> photos = bulletins.stream()
			.flatMap((bulletin) -> bulletin.photos().stream())
			.sorted(Comparator.comparing(PreparedPhoto::sha256))
			.toList();
		if (photos.isEmpty()) {
			return store.get();
		}
		Instant now = this.clock.instant();
		List<Long> inserted = new ArrayList<>();
		try {
			for (PreparedPhoto photo : photos) {
				this.transactions.executeWithoutResult((status) -> this.photoStore.saveAhead(photo, now)
					.filter((id) -> !inserted.contains(id))
					.ifPresent(inserted::add));
			}
			return store.get();
		}
		catch (RuntimeException | Error ex) {
			try {
				this.transactions.executeWithoutResult((status) -> this.photoStore.deleteUnused(inserted));
			}
			catch (RuntimeException cleanup) {
				// the sweep at the next start deletes them
				ex.addSuppressed(cleanup);
			}
			throw ex;
		}
	}

	/**
	 * Reads a stored bulletin again from its source text and replaces its articles, even
	 * when the text is unchanged: this is how bulletins imported before a parser
	 * improvement get its benefit. The issue date and source stored with the bulletin are
	 * kept.
	 * @return the result, or empty when there is no bulletin of that name
	 * @throws ImportException when the stored text can no longer be imported; the
	 * bulletin is then left as it was
	 */
	public Optional<ImportResult> reimport(String name, String importedBy) {
		return this.bulletins.findByName(name).map((bulletin) -> {
			String text = this.sources.findText(bulletin.getId());
			// An issue date the bulletin found itself (front matter, title, file name) is
			// found again, so the report says where; one an editor gave is kept
			boolean foundItself = this.printed.placementOf(bulletin.getId())
				.filter((placement) -> placement.dateFrom() != PlacementSource.EDITOR)
				.isPresent();
			PreparedBulletin prepared = prepare(new ImportRequest(name, text.getBytes(StandardCharsets.UTF_8),
					foundItself ? null : bulletin.getIssueDate(), bulletin.getSource(), importedBy));
			return this.transactions.execute((status) -> storeInTransaction(prepared, () -> {
			}, true));
		});
	}

	private ImportResult storeInTransaction(PreparedBulletin prepared, Runnable afterEachItem, boolean replace) {
		ImportRequest request = prepared.request();
		Optional<Bulletin> existing = this.bulletins.findByName(request.name());
		Instant now = this.clock.instant();
		if (!replace && existing.isPresent() && existing.get().getContentHash().equals(prepared.contentHash())) {
			return unchanged(existing.get(), prepared.report(), attach(existing.get().getId(), prepared, now));
		}
		Placement placement;
		try {
			placement = this.printed.check(existing.map(Bulletin::getId).orElse(null), prepared.placement());
		}
		catch (PlacementException ex) {
			throw new ImportException(request.name(), ex.getMessage(), 0);
		}
		ImportReport report = prepared.report().withPrinted(placement.describe());
		Bulletin bulletin = existing.orElseGet(() -> new Bulletin(request.name()));
		if (existing.isPresent()) {
			this.events.publishEvent(new BulletinReplacing(bulletin.getId(), bulletin.getName()));
			this.articles.deleteByBulletin(bulletin);
		}
		ParsedBulletin parsed = prepared.parsed();
		String source = (request.source() != null) ? request.source() : parsed.frontMatter().source();
		bulletin.update(prepared.contentHash(), parsed.frontMatter().title(), parsed.issueDate(), source,
				prepared.charset(), now, request.importedBy(), prepared.items().size(),
				this.json.writeValueAsString(report));
		bulletin.setRevision(this.bulletins.findMaxRevision() + 1);
		bulletin
			.replaceStaff(parsed.staff().stream().map((member) -> new Credit(member.name(), member.role())).toList());
		bulletin = this.bulletins.save(bulletin);
		long bulletinId = bulletin.getId();
		this.printed.store(bulletinId, placement, existing.isPresent());
		List<String> attached = attach(bulletinId, prepared, now);
		Map<String, Long> photoIds = new HashMap<>();
		Map<String, PhotoRef> photoRefs = new HashMap<>();
		// in the order of their hashes, so that two imports sharing pictures wait for
		// each other rather than deadlock
		for (PreparedPhoto photo : prepared.photos()
			.stream()
			.sorted(Comparator.comparing(PreparedPhoto::sha256))
			.toList()) {
			photoIds.put(photo.name(), this.photoStore.save(photo, now));
			photoRefs.put(photo.name(), photo.ref());
		}
		if (existing.isPresent() || !photoIds.isEmpty()) {
			// a new bulletin has no photos to let go
			this.photoStore.replaceBulletinPhotos(bulletinId, photoIds.values());
		}
		List<PhotoStore.ArticlePhoto> itemPhotos = new ArrayList<>();
		if (existing.isPresent()) {
			this.sources.deleteParts(bulletinId);
		}
		this.sources.insertText(bulletinId, prepared.text());
		String bulletinName = bulletin.getName();
		long revision = bulletin.getRevision();
		List<String> slugs = new ArrayList<>();
		Set<String> taken = takenSlugs(prepared.items());
		// Handed to the search index with the event, which then need not read them back;
		// a page too large to keep is read back in batches instead.
		boolean handOver = prepared.items().size() <= FLUSH_EVERY && prepared.text().length() <= FLUSH_EVERY_CHARACTERS;
		List<StoredArticle> storedArticles = new ArrayList<>(handOver ? prepared.items().size() : 0);
		int stored = 0;
		long unflushed = 0;
		for (ParsedItem item : prepared.items()) {
			String slug = uniqueSlug(item, taken);
			taken.add(slug);
			slugs.add(slug);
			Article article = toArticle(bulletin, slug, item, render(request.name(), item, photoRefs), now);
			this.entityManager.persist(article);
			if (!photoIds.isEmpty()) {
				firstPicture(item, photoIds)
					.ifPresent((picture) -> itemPhotos.add(new PhotoStore.ArticlePhoto(article.getId(),
							photoIds.get(picture.name()), altText(picture, item))));
			}
			if (handOver) {
				storedArticles.add(StoredArticle.of(article));
			}
			afterEachItem.run();
			unflushed += item.markdown().length();
			if (++stored % FLUSH_EVERY == 0 || unflushed > FLUSH_EVERY_CHARACTERS) {
				this.entityManager.flush();
				this.entityManager.clear();
				bulletin = this.entityManager.getReference(Bulletin.class, bulletinId);
				unflushed = 0;
			}
		}
		if (!itemPhotos.isEmpty()) {
			// the items' rows are written before the rows that refer to them
			this.entityManager.flush();
			this.photoStore.saveArticlePhotos(itemPhotos);
		}
		if (existing.isPresent()) {
			this.events.publishEvent(new BulletinReplaced(bulletinId, bulletinName));
		}
		this.events.publishEvent(new BulletinImported(bulletinId, revision, bulletinName,
				existing.isPresent() ? BulletinImported.Change.REPLACED : BulletinImported.Change.NEW, storedArticles));
		ImportOutcome outcome = existing.isPresent() ? ImportOutcome.REPLACED : ImportOutcome.CREATED;
		logger.info("Imported {} ({}): {}; {}", request.name(), outcome, report.summary(), report.printed());
		return new ImportResult(request.name(), outcome, report, slugs, pageUrl(placement), attached);
	}

	/**
	 * Stores the page's files that came with the bulletin.
	 * @return the kinds stored
	 */
	private List<String> attach(long bulletinId, PreparedBulletin prepared, Instant now) {
		List<String> attached = new ArrayList<>();
		for (PreparedPageFile file : prepared.files()) {
			if (this.printed.attach(bulletinId, file, now, prepared.request().importedBy())) {
				attached.add(file.kind().name());
			}
		}
		return attached;
	}

	/**
	 * Attaches a page's PDF or image to a stored bulletin, without importing it again.
	 * @return the kinds stored (empty when the same files were there already)
	 * @throws ImportException when there is no such bulletin or a file is refused
	 */
	public List<String> attach(String bulletinName, List<Attachment> attachments, String importedBy) {
		List<PreparedPageFile> files = prepareFiles(bulletinName, attachments);
		return this.transactions.execute((status) -> {
			Bulletin bulletin = this.bulletins.findByName(bulletinName)
				.orElseThrow(() -> new ImportException(bulletinName, "没有这个公报，无法附加版面文件；请先导入同名的 .md 文件", 0));
			Instant now = this.clock.instant();
			List<String> attached = new ArrayList<>();
			for (PreparedPageFile file : files) {
				if (this.printed.attach(bulletin.getId(), file, now, importedBy)) {
					attached.add(file.kind().name());
				}
			}
			logger.info("Attached {} to {}", attached, bulletinName);
			return attached;
		});
	}

	private List<PreparedPageFile> prepareFiles(String bulletin, List<Attachment> attachments) {
		List<PreparedPageFile> files = new ArrayList<>();
		for (Attachment attachment : attachments) {
			PreparedPageFile file;
			try {
				file = this.printed.prepareFile(attachment.name(), attachment.content());
			}
			catch (PageFileException ex) {
				throw new ImportException(bulletin, ex.getMessage(), 0);
			}
			if (files.stream().anyMatch((other) -> other.kind() == file.kind())) {
				throw new ImportException(bulletin, "一个版面只能附一个 PDF 和一张图片，" + attachment.name() + " 是第二个"
						+ ((file.kind() == PageFileKind.PDF) ? " PDF" : "图片"), 0);
			}
			files.add(file);
		}
		return files;
	}

	private static String pageUrl(Placement placement) {
		return (placement != null && placement.isPlaced() && placement.page() != null)
				? IssueLinks.page(placement.edition(), placement.date(), placement.page()) : null;
	}

	/**
	 * Deletes a bulletin and its articles.
	 * @return whether there was such a bulletin
	 */
	public boolean delete(String name) {
		return this.transactions.execute((status) -> this.bulletins.findByName(name).map((bulletin) -> {
			this.articles.deleteByBulletin(bulletin);
			this.photoStore.forgetBulletin(bulletin.getId());
			this.bulletins.delete(bulletin);
			this.events.publishEvent(new BulletinDeleted(bulletin.getId(), bulletin.getRevision(), bulletin.getName()));
			logger.info("Deleted {}", name);
			return true;
		}).orElse(false));
	}

	private Optional<BodyRenderer.ImageUse> firstPicture(ParsedItem item, Map<String, Long> photoIds) {
		return this.renderer.images(item.markdown())
			.stream()
			.filter((image) -> photoIds.containsKey(image.name()))
			.findFirst();
	}

	/** The picture's own alt text, else the item's headline, within the column's size. */
	private static String altText(BodyRenderer.ImageUse picture, ParsedItem item) {
		String alt = picture.alt().isBlank() ? item.title() : picture.alt();
		return (alt != null && alt.length() > 500) ? alt.substring(0, 500) : alt;
	}

	private BodyRenderer.RenderedBody render(String bulletin, ParsedItem item, Map<String, PhotoRef> photos) {
		try {
			return this.renderer.render(item.markdown(), photos);
		}
		catch (StackOverflowError ex) {
			// MarkdownLimits refuses what nests this deep; this is the net behind it
			throw new ImportException(bulletin, "Markdown 结构嵌套过深，无法处理", item.line());
		}
	}

	private static Article toArticle(Bulletin bulletin, String slug, ParsedItem parsed, BodyRenderer.RenderedBody body,
			Instant now) {
		List<Credit> bylines = parsed.bylines().stream().map((b) -> new Credit(b.name(), b.role())).toList();
		List<Mention> people = parsed.people()
			.stream()
			.map((p) -> new Mention(p.name(), p.title(), p.present()))
			.toList();
		ItemSource source = parsed.source();
		Article.Apparatus apparatus = new Article.Apparatus(parsed.kicker(), parsed.genre(),
				(source != null) ? source.agency() : null, (source != null) ? source.place() : null,
				parsed.editorsNote());
		return new Article(bulletin, parsed.position(), slug, parsed.kind(), parsed.title(), parsed.subtitle(),
				parsed.date(), parsed.dated(), parsed.dayPart(), parsed.summary(), parsed.photoCredit(),
				parsed.markdown(), body.html(), body.text(), now, bylines, people, apparatus);
	}

	/**
	 * A permalink that depends only on the item's date, kind and headline, so importing
	 * the same bulletin into an empty database gives the same URLs.
	 */
	private String uniqueSlug(ParsedItem item, Set<String> taken) {
		String base = baseSlug(item);
		String slug = base;
		for (int n = 2; taken.contains(slug) || (n - 1 > CHECKED_SUFFIXES && this.articles.existsBySlug(slug)); n++) {
			slug = ArticleLinks.numbered(base, n);
		}
		return slug;
	}

	/**
	 * The slugs already in the database among each item's first candidates, in a few
	 * queries rather than one per item: a query per item would also flush the pending
	 * inserts each time and so defeat JDBC batching.
	 */
	private Set<String> takenSlugs(List<ParsedItem> items) {
		Set<String> candidates = new LinkedHashSet<>();
		for (ParsedItem item : items) {
			String base = baseSlug(item);
			candidates.add(base);
			for (int n = 2; n <= CHECKED_SUFFIXES; n++) {
				candidates.add(ArticleLinks.numbered(base, n));
			}
		}
		Set<String> taken = new HashSet<>();
		List<String> all = new ArrayList<>(candidates);
		for (int from = 0; from < all.size(); from += SLUG_QUERY_SIZE) {
			taken.addAll(this.articles.findTakenSlugs(all.subList(from, Math.min(all.size(), from + SLUG_QUERY_SIZE))));
		}
		return taken;
	}

	private static String baseSlug(ParsedItem item) {
		return ArticleLinks.slug(item.date(), item.kind(), item.title());
	}

	private static ImportReport report(String charset, ParsedBulletin parsed, Placement placement,
			List<PreparedPageFile> files) {
		int photos = (int) parsed.items().stream().filter((item) -> item.kind() == ItemKind.PHOTO).count();
		List<String> repairs = parsed.repairs().stream().map((repair) -> repair.describe()).toList();
		List<String> warnings = new ArrayList<>(
				parsed.findings().stream().map((finding) -> finding.message()).toList());
		warnings.addAll(placement.notes());
		List<String> described = new ArrayList<>();
		for (PreparedPageFile file : files) {
			warnings.addAll(file.notes());
			described.add("%s：%s，%,d 字节".formatted((file.kind() == PageFileKind.PDF) ? "版面 PDF" : "版面图片", file.name(),
					file.size()));
		}
		return new ImportReport(charset, parsed.items().size(), parsed.items().size() - photos, photos, repairs,
				warnings, placement.describe(), described);
	}

	/**
	 * The bulletin's identity for "unchanged": its bytes, what the editor said of it and,
	 * when it shows pictures, theirs, so a picture replaced under the same name counts as
	 * a change.
	 */
	private static String hash(byte[] content, ImportRequest request, List<PreparedPhoto> photos) {
		MessageDigest digest = sha256();
		digest.update(content);
		digest.update(("\n" + request.issueDate() + "\n" + request.source()).getBytes(StandardCharsets.UTF_8));
		for (PreparedPhoto photo : photos) {
			digest.update(("\n" + photo.name() + "=" + photo.sha256()).getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		return ContentHash.digest();
	}

}
