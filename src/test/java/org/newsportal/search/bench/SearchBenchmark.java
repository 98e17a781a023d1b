package org.newsportal.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.newsportal.article.Credit;
import org.newsportal.bulletin.ItemKind;
import org.newsportal.search.ArticleSource;
import org.newsportal.search.IndexedArticle;
import org.newsportal.search.SearchIndex;
import org.newsportal.search.SearchQuery;
import org.newsportal.search.SearchService;

/**
 * Indexing throughput and query latency on synthetic corpora made of the seed's
 * paragraphs. Not a test: run with {@code ./mvnw -q -Pbench test-compile exec:exec} (see
 * docs/search.md); arguments are corpus sizes, 1,000 / 10,000 / 100,000 by default.
 */
public final class SearchBenchmark {

	/** The queries of the search brief, plus a two-word and a reporter query. */
	static final List<String> QUERIES = List.of("会", "高新", "吕沛", "怀川高科产业园", "大气污染防治", "2024年", "5G", "高新区 吕沛", "郭树勋");

	private static final int WARM_UP_ROUNDS = 30;

	private static final int MEASURED_ROUNDS = 100;

	private static final String[] REPORTERS = { "郭树勋", "王明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵磊" };

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path seed = Path.of("seeds/000_223f8a6ac594ec44.txt");
		Corpus corpus = Corpus.read(seed);
		int[] sizes = (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 1_000, 10_000, 100_000 };
		System.out.printf("Seed: %d headlines, %d paragraphs; %d queries x %d rounds after %d warm-up rounds%n",
				corpus.titles.size(), corpus.paragraphs.size(), QUERIES.size(), MEASURED_ROUNDS, WARM_UP_ROUNDS);
		System.out.printf("Java %s, %d available processor(s)%n%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		List<String> rows = new ArrayList<>();
		for (int size : sizes) {
			rows.add(run(corpus, size));
		}
		System.out.println();
		System.out.println("| articles | index MB | indexing articles/s | query median ms | query p99 ms | max ms |");
		System.out.println("|---------:|---------:|--------------------:|----------------:|-------------:|-------:|");
		rows.forEach(System.out::println);
	}

	private static String run(Corpus corpus, int size) throws IOException {
		Path folder = Files.createTempDirectory("search-bench-");
		try (SearchIndex index = SearchIndex.open(folder.resolve("index"))) {
			long start = System.nanoTime();
			index.rebuild(corpus.source(size));
			double seconds = (System.nanoTime() - start) / 1e9;
			double perSecond = size / seconds;
			long bytes = sizeOf(folder);
			SearchService service = new SearchService(index);
			for (int round = 0; round < WARM_UP_ROUNDS; round++) {
				for (String query : QUERIES) {
					service.search(SearchQuery.of(query));
				}
			}
			long[] samples = new long[MEASURED_ROUNDS * QUERIES.size()];
			long[][] perQuery = new long[QUERIES.size()][MEASURED_ROUNDS];
			long[] totals = new long[QUERIES.size()];
			int n = 0;
			for (int round = 0; round < MEASURED_ROUNDS; round++) {
				for (int q = 0; q < QUERIES.size(); q++) {
					long began = System.nanoTime();
					totals[q] = service.search(SearchQuery.of(QUERIES.get(q))).total();
					long took = System.nanoTime() - began;
					samples[n++] = took;
					perQuery[q][round] = took;
				}
			}
			Arrays.sort(samples);
			System.out.printf("%,d articles: indexed in %.1f s (%,.0f articles/s), %.1f MB%n", size, seconds, perSecond,
					bytes / 1e6);
			for (int q = 0; q < QUERIES.size(); q++) {
				Arrays.sort(perQuery[q]);
				System.out.printf("  %-16s %,8d hits  median %6.2f ms  p99 %6.2f ms%n", QUERIES.get(q), totals[q],
						ms(percentile(perQuery[q], 50)), ms(percentile(perQuery[q], 99)));
			}
			return String.format("| %,d | %.0f | %,.0f | %.2f | %.2f | %.2f |", size, bytes / 1e6, perSecond,
					ms(percentile(samples, 50)), ms(percentile(samples, 99)), ms(samples[samples.length - 1]));
		}
		finally {
			delete(folder);
		}
	}

	private static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static long sizeOf(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	/**
	 * Headlines and paragraphs of the seed, recombined at random (with a fixed seed, so
	 * runs compare) into as many articles as asked.
	 */
	private record Corpus(List<String> titles, List<String> paragraphs) {

		static Corpus read(Path seed) throws IOException {
			List<String> titles = new ArrayList<>();
			List<String> paragraphs = new ArrayList<>();
			for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
				String text = line.strip();
				if (text.startsWith("# ")) {
					titles.add(text.substring(2).strip());
				}
				else if (!text.isEmpty()) {
					paragraphs.add(text);
				}
			}
			return new Corpus(titles, paragraphs);
		}

		ArticleSource source(int size) {
			return new ArticleSource() {

				@Override
				public String marker() {
					return "bench:" + size;
				}

				@Override
				public Map<Long, Long> bulletinRevisions() {
					return Map.of();
				}

				@Override
				public void forEachInBulletin(long bulletinId, Consumer<List<IndexedArticle>> consumer) {
				}

				@Override
				public void forEachBatch(Consumer<List<IndexedArticle>> consumer) {
					Random random = new Random(42);
					LocalDate first = LocalDate.of(2022, 1, 1);
					List<IndexedArticle> batch = new ArrayList<>();
					for (int i = 1; i <= size; i++) {
						StringBuilder body = new StringBuilder();
						int count = 2 + random.nextInt(4);
						for (int p = 0; p < count; p++) {
							body.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
						}
						String title = titles.get(random.nextInt(titles.size()));
						ItemKind kind = (random.nextInt(10) == 0) ? ItemKind.PHOTO : ItemKind.ARTICLE;
						List<Credit> bylines = List.of(new Credit(REPORTERS[random.nextInt(REPORTERS.length)], "记者"));
						batch.add(new IndexedArticle(i, i / 12, "bench-" + i, kind, title, null,
								first.plusDays(random.nextInt(1000)), body.toString(), bylines));
						if (batch.size() == 1000) {
							consumer.accept(batch);
							batch = new ArrayList<>();
						}
					}
					if (!batch.isEmpty()) {
						consumer.accept(batch);
					}
				}

			};
		}

	}

}
