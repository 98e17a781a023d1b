package org.newsportal.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A {@code .zip} holding one or more bulletins with their pictures (and their pages' PDF
 * and image), as an editor packs a page: each {@code .md} or {@code .txt} is a bulletin,
 * and the pictures its Markdown names are looked up beside it in the archive
 * ({@code ![](photo-1.jpg)} next to {@code page.md}, {@code ![](images/photo-1.jpg)} in a
 * folder below it).
 * <p>
 * What is read is bounded as it is inflated, whatever the archive's headers claim: at
 * most {@link #MAX_ENTRIES} files, each at most the bulletin size limit, and
 * {@link #MAX_TOTAL} bytes in all, so a zip bomb is refused after that many bytes. Names
 * are taken as UTF-8, else GB18030 (the Chinese Windows zip tools write that without
 * saying so), and a name with {@code ..} or an absolute path is refused.
 */
public final class BulletinZip {

	static final int MAX_ENTRIES = 500;

	/**
	 * A page's Markdown and its pictures inflated: pictures hardly compress, so about the
	 * archive's own limit (the bulletin size limit) with room for the text.
	 */
	public static final long MAX_TOTAL = 64L * 1024 * 1024;

	private BulletinZip() {
	}

	public static boolean isZip(String name) {
		return name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	/**
	 * @throws ImportException when the archive cannot be read, is too large or holds no
	 * bulletin
	 */
	public static List<Entry> read(String zipName, byte[] zip, long maxEntry) {
		if (zip.length > maxEntry) {
			throw new ImportException(zipName, "文件过大：%,d 字节，上限为 %,d 字节".formatted(zip.length, maxEntry), 0);
		}
		Map<String, byte[]> files;
		try {
			files = inflate(zipName, zip, maxEntry, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// a name that is not UTF-8: written by a tool that did not say its encoding
			files = inflate(zipName, zip, maxEntry, Charset.forName("GB18030"));
		}
		List<Entry> bulletins = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String path = file.getKey();
			String lower = path.toLowerCase(Locale.ROOT);
			if (!lower.endsWith(".md") && !lower.endsWith(".txt")) {
				continue;
			}
			int slash = path.lastIndexOf('/');
			String folder = (slash >= 0) ? path.substring(0, slash + 1) : "";
			String name = path.substring(slash + 1);
			String base = PageFilesBeside.baseName(name).toLowerCase(Locale.ROOT);
			Map<String, byte[]> beside = new LinkedHashMap<>();
			List<Attachment> pageFiles = new ArrayList<>();
			for (Map.Entry<String, byte[]> other : files.entrySet()) {
				if (other.getKey().startsWith(folder) && other != file) {
					String relative = other.getKey().substring(folder.length());
					beside.put(relative, other.getValue());
					if (relative.indexOf('/') < 0
							&& org.newsportal.edition.PageFileReader.hasPageFileExtension(relative)
							&& PageFilesBeside.baseName(relative).toLowerCase(Locale.ROOT).equals(base)) {
						pageFiles.add(new Attachment(relative, other.getValue()));
					}
				}
			}
			bulletins.add(new Entry(name, file.getValue(), pageFiles, PhotoFiles.of(beside)));
		}
		if (bulletins.isEmpty()) {
			throw new ImportException(zipName, "压缩包中没有 .md 或 .txt 稿件", 0);
		}
		return bulletins;
	}

	private static Map<String, byte[]> inflate(String zipName, byte[] zip, long maxEntry, Charset charset) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), charset)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String path = entry.getName().replace('\\', '/');
				if (path.startsWith("/") || path.contains(":") || ("/" + path + "/").contains("/../")) {
					throw new ImportException(zipName, "压缩包中的文件名「" + path + "」指向包外，未导入", 0);
				}
				if (entry.isDirectory() || isHidden(path)) {
					continue;
				}
				if (files.size() >= MAX_ENTRIES) {
					throw new ImportException(zipName, "压缩包中的文件过多（最多 " + MAX_ENTRIES + " 个）", 0);
				}
				byte[] content = readBounded(in, Math.min(maxEntry, MAX_TOTAL - total));
				if (content == null) {
					throw new ImportException(zipName,
							"压缩包过大：「%s」或解压后的总大小超过上限（每个文件 %,d 字节，共 %,d 字节）".formatted(path, maxEntry, MAX_TOTAL), 0);
				}
				total += content.length;
				files.put(path, content);
			}
		}
		catch (ZipException ex) {
			throw new ImportException(zipName, "不是有效的 zip 压缩包，或压缩包已损坏（" + ex.getMessage() + "）", 0);
		}
		catch (IOException ex) {
			throw new ImportException(zipName, "无法读取压缩包（" + ex.getMessage() + "）", 0);
		}
		if (files.isEmpty()) {
			throw new ImportException(zipName, "不是有效的 zip 压缩包，或压缩包是空的", 0);
		}
		return files;
	}

	private static boolean isHidden(String path) {
		for (String part : path.split("/")) {
			if (part.startsWith(".") || part.equals("__MACOSX")) {
				return true;
			}
		}
		return false;
	}

	/** The entry's bytes, or null when it is longer than {@code limit}. */
	private static byte[] readBounded(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long read = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			read += n;
			if (read > limit) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/**
	 * One bulletin of the archive, with its page's files and the archive's files beside
	 * it.
	 */
	public record Entry(String name, byte[] content, List<Attachment> pageFiles, PhotoFiles photos) {

	}

}
