package org.newsportal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The import's work before storing, and nothing else: decode, parse, render and sanitise
 * each bulletin of a folder and make its plain text ({@link InMemoryImport}), with no
 * database. Prints articles per second for the first pass (a cold JVM, as a one-off
 * import sees it) and for the fastest of the passes after it (compiled code, as a long
 * bulk import sees it). Not a test: {@code bench/run.sh} runs it and compares it with
 * {@code hugo --renderToMemory} on the same articles.
 * <p>
 * Arguments: bulletin folder, and optionally the number of passes (default 3).
 */
public final class ParseRenderBenchmark {

	private ParseRenderBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<InMemoryImport.Bulletin> bulletins = InMemoryImport.read(Path.of(args[0]));
		int passes = (args.length > 1) ? Math.max(2, Integer.parseInt(args[1])) : 3;
		InMemoryImport pipeline = new InMemoryImport();
		long articles = 0;
		double cold = 0;
		double warm = Double.MAX_VALUE;
		long sink = 0;
		for (int pass = 0; pass < passes; pass++) {
			articles = 0;
			sink = 0;
			long start = System.nanoTime();
			for (InMemoryImport.Bulletin bulletin : bulletins) {
				for (InMemoryImport.Rendered rendered : pipeline.run(bulletin.name(), bulletin.content())) {
					articles++;
					// what is kept, so the compiler cannot drop the work
					sink += rendered.body().html().length() + rendered.body().text().length();
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			if (pass == 0) {
				cold = seconds;
			}
			else {
				warm = Math.min(warm, seconds);
			}
		}
		System.out.printf(
				"parse_render articles=%d bulletins=%d seconds=%.2f per_second=%.0f warm_seconds=%.2f warm_per_second=%.0f passes=%d output_chars=%d%n",
				articles, bulletins.size(), cold, articles / cold, warm, articles / warm, passes, sink);
	}

}
