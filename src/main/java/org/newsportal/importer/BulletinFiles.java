package org.newsportal.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the bulletin files in a folder and its subfolders, in name order so imports are
 * repeatable.
 */
final class BulletinFiles {

	private BulletinFiles() {
	}

	static List<Path> under(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> BulletinNames.hasBulletinExtension(file.getFileName().toString()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法列出文件夹 " + folder, ex);
		}
	}

}
