package org.newsportal.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the bulletin files in a folder, in name order so imports are repeatable, and
 * reads them. Symbolic links are listed, so that whoever imports can refuse them with a
 * message, but never followed: a link in a watched folder would otherwise publish
 * whatever file it points to, anywhere on the machine.
 */
final class BulletinFiles {

	static final String LINK_REFUSED = "是符号链接，不予导入：请放入文件本身";

	private BulletinFiles() {
	}

	/**
	 * The bulletin files in a folder and its subfolders (without following links to other
	 * folders).
	 */
	static List<Path> under(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return bulletins(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法列出文件夹 " + folder, ex);
		}
	}

	/**
	 * The bulletin files directly in a folder, not in its subfolders: the watch folder
	 * keeps the files it is done with in subfolders of its own.
	 */
	static List<Path> in(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return bulletins(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法列出文件夹 " + folder, ex);
		}
	}

	static boolean isLink(Path file) {
		return Files.isSymbolicLink(file);
	}

	/**
	 * Reads a file, refusing to follow a symbolic link even if one was put in its place
	 * after the file was listed.
	 */
	static byte[] read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			return in.readAllBytes();
		}
	}

	private static List<Path> bulletins(Stream<Path> files) {
		return files.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || isLink(file))
			.filter((file) -> BulletinNames.hasBulletinExtension(file.getFileName().toString()))
			.sorted()
			.toList();
	}

}
