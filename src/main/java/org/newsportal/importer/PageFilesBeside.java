package org.newsportal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
		List<Attachment> attachments = new ArrayList<>();
		for (Path file : paths(bulletin)) {
			attachments.add(new Attachment(file.getFileName().toString(), BulletinFiles.read(file)));
		}
		return attachments;
	}

	static List<Path> paths(Path bulletin) throws IOException {
		String base = baseName(bulletin.getFileName().toString());
		Path folder = bulletin.toAbsolutePath().getParent();
		if (folder == null) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			// A link beside a page is never followed, as the page itself is not
			return files.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).filter((file) -> {
				String name = file.getFileName().toString();
				return PageFileReader.hasPageFileExtension(name)
						&& baseName(name).toLowerCase(Locale.ROOT).equals(base.toLowerCase(Locale.ROOT));
			}).sorted().toList();
		}
	}

	/** {@code page} of {@code page.md}. */
	public static String baseName(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
