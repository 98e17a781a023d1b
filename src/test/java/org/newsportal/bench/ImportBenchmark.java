package org.newsportal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.newsportal.NewsPortalApplication;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.ImportResult;
import org.newsportal.search.SearchIndex;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a folder of bulletins into a fresh H2 file database with the search index on,
 * as the site does it: parse, render, store, index. Prints articles per second and the
 * peak heap (the highest use of the heap pools, as the collectors saw it). Not a test:
 * {@code bench/run.sh} runs it.
 * <p>
 * Arguments: bulletin folder, data folder.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	/**
	 * The CPU time of all the process's threads (JIT compilers and collectors included):
	 * on a shared machine it moves less with the load than the elapsed time does.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	public static void main(String[] args) throws IOException {
		Path bulletins = Path.of(args[0]);
		Path data = Path.of(args[1]);
		List<Path> files;
		try (Stream<Path> listing = Files.list(bulletins)) {
			files = listing.sorted().toList();
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
			System.gc();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long items = 0;
			long cpuStart = processCpuNanos();
			long start = System.nanoTime();
			for (Path file : files) {
				ImportResult result = importer.importBulletin(new ImportRequest(file.getFileName().toString(),
						Files.readAllBytes(file), null, null, "bench"));
				items += result.report().items();
			}
			// The site commits every sync interval; the last commit belongs to the
			// import.
			context.getBean(SearchIndex.class).commitPending();
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
			long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
			System.out.printf(
					"import articles=%d bulletins=%d seconds=%.2f per_second=%.0f peak_heap_mb=%.0f cpu_seconds=%.2f%n",
					items, files.size(), seconds, items / seconds, peak / 1048576.0, cpuSeconds);
		}
	}

}
