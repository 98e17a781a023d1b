package org.newsportal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the pictures a bulletin's Markdown names are found: in its {@code .zip}, among
 * the files uploaded with it, or in the folder beside its file (command line, seeds,
 * watch folder). Names are relative ({@code photo-1.jpg}, {@code images/photo-1.jpg}) and
 * never leave their folder.
 */
@FunctionalInterface
public interface PhotoFiles {

	/**
	 * Files larger than this are not read from a folder: the photo limit is far below.
	 */
	long MAX_READ = 64L * 1024 * 1024;

	/**
	 * @return the file's bytes, or null when there is no such file
	 * @throws IOException when it is there but cannot be read
	 */
	byte[] read(String name) throws IOException;

	static PhotoFiles none() {
		return (name) -> null;
	}

	static PhotoFiles of(Map<String, byte[]> files) {
		return files::get;
	}

	/**
	 * The files in a folder and its subfolders; a symbolic link is never followed.
	 */
	static PhotoFiles folder(Path folder) {
		Path base = folder.toAbsolutePath().normalize();
		return (name) -> {
			Path file = base.resolve(name).normalize();
			if (!file.startsWith(base) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				return null;
			}
			for (Path part = file; !part.equals(base); part = part.getParent()) {
				if (Files.isSymbolicLink(part)) {
					throw new IOException("是符号链接，不会读取");
				}
			}
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				throw new IOException("不是普通文件");
			}
			if (Files.size(file) > MAX_READ) {
				throw new IOException("文件过大");
			}
			return Files.readAllBytes(file);
		};
	}

}
