package org.newsportal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.newsportal.edition.PageFileReader;

/**
 * A page's PDF and image lying beside its bulletin under the same base name
 * ({@code 2024-03-12-02.md} with {@code 2024-03-12-02.pdf} and
 * {@code 2024-03-12-02.jpg}): how the command line, the seeds folder and the watch folder
 * find them.
 */
public final class PageFilesBeside {

	private PageFilesBeside() {
	}

	/**
	 * The files beside a bulletin, read (symbolic links are left out); whether each
	 * really is a PDF or an image is the importer's to check.
	 */
	public static List<Attachment> of(Path bulletin) throws IOException {
		return read(paths(bulletin));
	}

	private static List<Attachment> read(List<Path> files) throws IOException {
		List<Attachment> attachments = new ArrayList<>();
		for (Path file : files) {
			attachments.add(new Attachment(file.getFileName().toString(), BulletinFiles.read(file)));
		}
		return attachments;
	}

	static List<Path> paths(Path bulletin) throws IOException {
		Path folder = bulletin.toAbsolutePath().getParent();
		if (folder == null) {
			return List.of();
		}
		return Folder.list(folder).paths(bulletin);
	}

	/**
	 * The page files of one folder, listed once: importing every bulletin of a folder of
	 * a hundred thousand pages must not list it again for each of them.
	 */
	public static final class Folder {

		/** Regular files with a page file's extension, by lower-case base name. */
		private final Map<String, List<Path>> byBase;

		private Folder(Map<String, List<Path>> byBase) {
			this.byBase = byBase;
		}

		public static Folder list(Path folder) throws IOException {
			Map<String, List<Path>> byBase = new HashMap<>();
			try (Stream<Path> files = Files.list(folder)) {
				// A link beside a page is never followed, as the page itself is not
				files.filter((file) -> PageFileReader.hasPageFileExtension(file.getFileName().toString()))
					.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
					.sorted()
					.forEach((file) -> byBase
						.computeIfAbsent(key(file.getFileName().toString()), (base) -> new ArrayList<>())
						.add(file));
			}
			return new Folder(byBase);
		}

		/** The files beside a bulletin of this folder, read. */
		public List<Attachment> of(Path bulletin) throws IOException {
			return read(paths(bulletin));
		}

		List<Path> paths(Path bulletin) {
			return this.byBase.getOrDefault(key(bulletin.getFileName().toString()), List.of());
		}

		private static String key(String name) {
			return baseName(name).toLowerCase(Locale.ROOT);
		}

	}

	/** {@code page} of {@code page.md}. */
	public static String baseName(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
