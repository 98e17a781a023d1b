package org.newsportal.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the bulletin files in a folder, in name order so imports are repeatable.
 */
final class BulletinFiles {

	private BulletinFiles() {
	}

	/**
	 * The bulletin files in a folder and its subfolders.
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

	private static List<Path> bulletins(Stream<Path> files) {
		return files.filter(Files::isRegularFile)
			.filter((file) -> BulletinNames.hasBulletinExtension(file.getFileName().toString()))
			.sorted()
			.toList();
	}

}
