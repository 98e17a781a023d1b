package org.newsportal.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.newsportal.NewsPortalApplication;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.PhotoFiles;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a page of 20 articles each with a 12-megapixel photo (as a camera takes them,
 * drawn here and encoded as JPEG) into a fresh H2 database, and the same page without its
 * pictures as the baseline. The photos are read from a folder beside the page, as
 * {@code --import}, the seeds and the watch folder read them. Prints the time of each,
 * their ratio, and the peak heap during the page with pictures. Not a test:
 * {@code bench/run.sh} runs it at {@code -Xmx256m}.
 * <p>
 * Arguments: data folder, number of photos (20), photo width (4000).
 */
public final class PhotoImportBenchmark {

	private PhotoImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args[0]);
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		int width = (args.length > 2) ? Integer.parseInt(args[2]) : 4000;
		int height = width * 3 / 4;
		// In a folder beside the page, as the command line, the seeds and the watch
		// folder read them: one at a time, as each is prepared
		Path folder = Files.createDirectories(data.resolve("page"));
		long bytes = 0;
		for (int i = 1; i <= count; i++) {
			byte[] jpeg = photo(width, height, i);
			Files.write(folder.resolve("photo-" + i + ".jpg"), jpeg);
			bytes += jpeg.length;
		}
		StringBuilder withPhotos = new StringBuilder("---\ndate: 2024-03-12\n---\n\n");
		StringBuilder without = new StringBuilder("---\ndate: 2024-03-12\n---\n\n");
		for (int i = 1; i <= count; i++) {
			String article = "# 第" + i + "条新闻标题\n\n本报讯（记者张明）3月11日上午，第" + i + "项工作会议召开。会议听取了汇报。\n\n";
			withPhotos.append(article).append("![会场" + i + "](photo-" + i + ".jpg)\n\n");
			without.append(article);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsPortalApplication.class)
			.web(WebApplicationType.NONE)
			.run("--portal.data-dir=" + data, "--portal.import-seeds=false", "--logging.level.root=warn",
					"--spring.main.banner-mode=off")) {
			BulletinImporter importer = context.getBean(BulletinImporter.class);
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP)
				.toList();
			// warm-up, then the baseline: the same page without its pictures
			importer.importBulletin(request("warm.md", without.toString().replace("第", "暖")));
			long start = System.nanoTime();
			importer.importBulletin(request("plain.md", without.toString().replace("新闻", "消息")));
			double baseline = (System.nanoTime() - start) / 1e9;
			System.gc();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			start = System.nanoTime();
			long startedAt = ManagementFactory.getRuntimeMXBean().getUptime();
			importer.importBulletin(request("photos.md", withPhotos.toString()), List.of(), PhotoFiles.folder(folder));
			System.out.printf("import from %.1f s to %.1f s of the JVM's uptime%n", startedAt / 1000.0,
					ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
			System.out.printf(
					"photos count=%d width=%d input_mb=%.1f seconds=%.2f per_photo_ms=%.0f baseline_seconds=%.2f ratio=%.1f peak_heap_mb=%.0f max_heap_mb=%.0f%n",
					count, width, bytes / 1048576.0, seconds, seconds * 1000 / count, baseline, seconds / baseline,
					peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
		}
	}

	private static ImportRequest request(String name, String text) {
		return new ImportRequest(name, text.getBytes(StandardCharsets.UTF_8), null, null, "bench");
	}

	/** A picture with gradients and shapes, so it compresses about as a photo does. */
	private static byte[] photo(int width, int height, int seed) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		Random random = new Random(seed);
		for (int i = 0; i < 400; i++) {
			graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
			graphics.fillOval(random.nextInt(width), random.nextInt(height), 50 + random.nextInt(width / 4),
					50 + random.nextInt(height / 4));
		}
		graphics.dispose();
		for (int y = 0; y < height; y += 2) {
			for (int x = 0; x < width; x += 2) {
				image.setRGB(x, y, image.getRGB(x, y) ^ random.nextInt(0x101010));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

}
