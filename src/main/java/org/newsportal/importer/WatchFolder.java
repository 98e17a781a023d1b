package org.newsportal.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsportal.edition.PageFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Imports the bulletins editors, or the paper's layout system, drop into a folder, so
 * nobody has to sign in, each with the page's PDF and image lying beside it under the
 * same base name once those too have stopped changing. A file that went in moves to
 * {@code imported/}, one that was refused to {@code failed/} with the reason beside it in
 * {@code <name>.error.txt}; no file is ever deleted or overwritten.
 * <p>
 * The folder is polled every {@code portal.import.watch-interval} rather than watched
 * with {@link java.nio.file.WatchService}: that relies on the operating system's change
 * notifications, which network mounts (where a layout system usually writes) and folders
 * mounted into containers often do not deliver, so files would sit there unnoticed. A
 * listing sees every file on every file system, and a folder of a few pages costs nothing
 * to list.
 * <p>
 * Layout systems write slowly, so a file is only taken once its size and modification
 * time are the same as at the previous poll; files under a temporary or hidden name are
 * left alone until they are renamed.
 */
class WatchFolder {

	private static final Logger logger = LoggerFactory.getLogger(WatchFolder.class);

	static final String IMPORTED = "imported";

	static final String FAILED = "failed";

	static final String ERROR_SUFFIX = ".error.txt";

	static final String IMPORTED_BY = "watch";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

	private final BulletinImporter importer;

	private final ImportMemory memory;

	private final Path folder;

	private final Path imported;

	private final Path failed;

	private final Duration interval;

	private final Clock clock;

	/** Each file's size and time at the previous poll. */
	private Map<Path, Snapshot> lastSeen = new HashMap<>();

	/** Each page PDF's and image's size and time at the previous poll. */
	private Map<Path, Snapshot> pageFilesSeen = new HashMap<>();

	/** The page files unchanged since the previous poll, which may go with their page. */
	private Map<Path, Snapshot> settledPageFiles = new HashMap<>();

	/**
	 * Files that could not be moved away, as they were then: left alone until they
	 * change, so a folder problem is logged once rather than at every poll.
	 */
	private final Map<Path, Snapshot> stuck = new HashMap<>();

	/** Whether the folder was unusable at the last poll, so that is logged once. */
	private boolean unusable;

	WatchFolder(BulletinImporter importer, ImportMemory memory, Path folder, Duration interval, Clock clock) {
		this.importer = importer;
		this.memory = memory;
		this.folder = folder;
		this.imported = folder.resolve(IMPORTED);
		this.failed = folder.resolve(FAILED);
		this.interval = interval;
		this.clock = clock;
	}

	/**
	 * Polls every interval on the registrar's scheduler.
	 */
	void schedule(ScheduledTaskRegistrar registrar) {
		logger.info("Watching {} for bulletins every {}", this.folder.toAbsolutePath(), this.interval);
		registrar.addFixedDelayTask(new IntervalTask(this::poll, this.interval, this.interval));
	}

	/**
	 * Imports the files that have not changed since the previous poll, and notes the size
	 * and time of the others for the next one.
	 */
	synchronized void poll() {
		if (!ready()) {
			return;
		}
		List<Path> files;
		try {
			files = BulletinFiles.in(this.folder);
		}
		catch (UncheckedIOException ex) {
			unusable(ex.getCause());
			return;
		}
		Map<Path, Snapshot> pageFiles = pageFiles();
		this.settledPageFiles = new HashMap<>();
		pageFiles.forEach((path, snapshot) -> {
			if (snapshot.equals(this.pageFilesSeen.get(path))) {
				this.settledPageFiles.put(path, snapshot);
			}
		});
		this.pageFilesSeen = pageFiles;
		Map<Path, Snapshot> seen = new HashMap<>();
		for (Path file : files) {
			if (isTemporary(file.getFileName().toString())) {
				continue;
			}
			Snapshot snapshot = Snapshot.of(file);
			if (snapshot == null || snapshot.equals(this.stuck.get(file))) {
				continue;
			}
			if (!snapshot.equals(this.lastSeen.get(file)) || !take(file, snapshot)) {
				seen.put(file, snapshot);
			}
		}
		this.lastSeen = seen;
		this.stuck.keySet().retainAll(files);
	}

	/**
	 * The pages' PDFs and images directly in the folder, with their size and time.
	 */
	private Map<Path, Snapshot> pageFiles() {
		Map<Path, Snapshot> found = new HashMap<>();
		try (var listing = Files.list(this.folder)) {
			listing.filter(Files::isRegularFile)
				.filter((file) -> PageFileReader.hasPageFileExtension(file.getFileName().toString()))
				.forEach((file) -> {
					Snapshot snapshot = Snapshot.of(file);
					if (snapshot != null) {
						found.put(file, snapshot);
					}
				});
		}
		catch (IOException ex) {
			// listed again at the next poll
		}
		return found;
	}

	/**
	 * Names a writer uses while a file is not finished, and hidden files (among them the
	 * {@code ._page.md} companions macOS leaves on network shares).
	 */
	static boolean isTemporary(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith(".") || lower.endsWith("~") || lower.endsWith(".part") || lower.endsWith(".tmp");
	}

	/**
	 * Creates the folders when missing and checks they can be written, since every file
	 * taken is moved.
	 */
	private boolean ready() {
		try {
			for (Path dir : List.of(this.folder, this.imported, this.failed)) {
				Files.createDirectories(dir);
				if (!Files.isWritable(dir)) {
					throw new AccessDeniedException(dir.toString(), null, "not writable");
				}
			}
		}
		catch (IOException ex) {
			unusable(ex);
			return false;
		}
		if (this.unusable) {
			logger.info("Watch folder {} can be used again", this.folder.toAbsolutePath());
			this.unusable = false;
		}
		return true;
	}

	private void unusable(IOException ex) {
		if (!this.unusable) {
			logger.error(
					"Watch folder {} cannot be used ({}: {}); bulletins dropped there are not imported until "
							+ "this is fixed",
					this.folder.toAbsolutePath(), ex.getClass().getSimpleName(), ex.getMessage());
			this.unusable = true;
		}
	}

	/**
	 * Imports one file in its own transaction and moves it away.
	 * @return whether the file was dealt with; false when it turned out to be still
	 * growing
	 */
	private boolean take(Path file, Snapshot snapshot) {
		String name = file.getFileName().toString();
		ImportMemory.Reservation reserved;
		try {
			reserved = this.memory.reserve(name, snapshot.size());
		}
		catch (ImportMemory.Busy ex) {
			// others are importing large files: this one is taken at a later look
			return false;
		}
		try (reserved) {
			return take(file, name, snapshot);
		}
	}

	private boolean take(Path file, String name, Snapshot snapshot) {
		if (BulletinFiles.isLink(file)) {
			refuse(file, snapshot, name + "：" + BulletinFiles.LINK_REFUSED, null);
			return true;
		}
		byte[] content;
		List<Path> beside = new ArrayList<>();
		List<Attachment> attachments = new ArrayList<>();
		try {
			// The page's PDF and image go with it once they too stopped changing
			for (Path pageFile : PageFilesBeside.paths(file)) {
				Snapshot now = Snapshot.of(pageFile);
				if (now == null) {
					continue;
				}
				if (!now.equals(this.settledPageFiles.get(pageFile))) {
					return false;
				}
				attachments.add(new Attachment(pageFile.getFileName().toString(), BulletinFiles.read(pageFile)));
				beside.add(pageFile);
			}
			content = BulletinFiles.read(file);
		}
		catch (NoSuchFileException ex) {
			// Taken back by whoever dropped it.
			return true;
		}
		catch (IOException ex) {
			refuse(file, snapshot, name + "：无法读取文件（" + ex.getMessage() + "）", null);
			return true;
		}
		if (content.length != snapshot.size()) {
			return false;
		}
		ImportResult result;
		try {
			ImportRequest request = new ImportRequest(name, content, null, null, IMPORTED_BY);
			// its pictures are read where they lie, and left there
			result = this.importer.findUnchanged(request, attachments)
				.orElseGet(() -> this.importer.importBulletin(request, attachments,
						PhotoFiles.folder(file.toAbsolutePath().getParent())));
		}
		catch (ImportException ex) {
			refuse(file, snapshot, ex.describe(), null);
			moveAlong(beside, this.failed);
			return true;
		}
		catch (RuntimeException ex) {
			// Not the file's fault (the database may be down), but taking it again at
			// every poll would fail the same way: it goes to failed/ for the editor to
			// drop again later.
			refuse(file, snapshot, name + "：导入时网站内部出错（" + ex.getClass().getSimpleName() + "），文件未导入；请稍后把它放回监视文件夹重试", ex);
			moveAlong(beside, this.failed);
			return true;
		}
		moveAlong(beside, this.imported);
		try {
			Path moved = moveInto(this.imported, file, false);
			logger.info("Watch folder: {} {} ({}), moved to {}/{}", name, describe(result.outcome()),
					result.report().summary(), IMPORTED, moved.getFileName());
		}
		catch (IOException ex) {
			this.stuck.put(file, snapshot);
			logger.error("Watch folder: {} {} but could not be moved to {}/ ({}: {}); left in place", name,
					describe(result.outcome()), IMPORTED, ex.getClass().getSimpleName(), ex.getMessage());
		}
		return true;
	}

	/**
	 * Moves a page's PDF and image where their page went; one that cannot be moved stays
	 * (and goes with the page again should it be dropped again).
	 */
	private void moveAlong(List<Path> pageFiles, Path target) {
		for (Path pageFile : pageFiles) {
			try {
				moveInto(target, pageFile, false);
			}
			catch (IOException ex) {
				logger.error("Watch folder: {} could not be moved to {}/ ({}: {}); left in place",
						pageFile.getFileName(), target.getFileName(), ex.getClass().getSimpleName(), ex.getMessage());
			}
		}
	}

	/**
	 * Moves a refused file to failed/ and writes the editor's message beside it.
	 */
	private void refuse(Path file, Snapshot snapshot, String message, RuntimeException cause) {
		String name = file.getFileName().toString();
		Path moved;
		try {
			moved = moveInto(this.failed, file, true);
		}
		catch (IOException ex) {
			this.stuck.put(file, snapshot);
			logger.error("Watch folder: {} refused ({}) but could not be moved to {}/ ({}: {}); left in place", name,
					message, FAILED, ex.getClass().getSimpleName(), ex.getMessage(), cause);
			return;
		}
		Path error = errorFile(moved);
		try {
			Files.writeString(error, message + System.lineSeparator(), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			logger.error("Watch folder: {} refused, moved to {}/{}, but {} could not be written ({}): {}", name, FAILED,
					moved.getFileName(), error.getFileName(), ex.getMessage(), message, cause);
			return;
		}
		if (cause != null) {
			logger.error("Watch folder: {} failed, moved to {}/{}: {}", name, FAILED, moved.getFileName(), message,
					cause);
		}
		else {
			logger.warn("Watch folder: {} refused, moved to {}/{}: {}", name, FAILED, moved.getFileName(), message);
		}
	}

	/**
	 * Moves a file into a folder under its own name or, when that is taken, with the time
	 * added ({@code page-20240312-103000.md}), so an editor dropping a page twice keeps
	 * both copies. The move never replaces a file: one that appears meanwhile makes it
	 * fail instead.
	 * @param withErrorFile whether the name must also leave room for its
	 * {@code .error.txt}
	 */
	private Path moveInto(Path target, Path file, boolean withErrorFile) throws IOException {
		String name = file.getFileName().toString();
		Path candidate = target.resolve(name);
		if (!isFree(candidate, withErrorFile)) {
			int dot = name.lastIndexOf('.');
			String base = (dot > 0) ? name.substring(0, dot) : name;
			String extension = (dot > 0) ? name.substring(dot) : "";
			String stamp = LocalDateTime.now(this.clock).format(STAMP);
			candidate = target.resolve(base + "-" + stamp + extension);
			for (int n = 2; !isFree(candidate, withErrorFile); n++) {
				candidate = target.resolve(base + "-" + stamp + "-" + n + extension);
			}
		}
		return Files.move(file, candidate);
	}

	private static boolean isFree(Path candidate, boolean withErrorFile) {
		return !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
				&& !(withErrorFile && Files.exists(errorFile(candidate), LinkOption.NOFOLLOW_LINKS));
	}

	static Path errorFile(Path file) {
		return file.resolveSibling(file.getFileName() + ERROR_SUFFIX);
	}

	private static String describe(ImportOutcome outcome) {
		return switch (outcome) {
			case CREATED -> "imported";
			case REPLACED -> "replaced its bulletin";
			case UNCHANGED -> "unchanged";
		};
	}

	/**
	 * What a poll remembers of a file to tell whether it is still being written.
	 */
	record Snapshot(long size, FileTime modified) {

		/**
		 * @return the file's size and time, or null when it is gone
		 */
		static Snapshot of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
						LinkOption.NOFOLLOW_LINKS);
				return new Snapshot(attributes.size(), attributes.lastModifiedTime());
			}
			catch (IOException ex) {
				return null;
			}
		}

	}

}
