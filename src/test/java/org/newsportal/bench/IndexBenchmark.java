package org.newsportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsportal.article.Credit;
import org.newsportal.bulletin.ParsedItem;
import org.newsportal.search.ChineseAnalysis;
import org.newsportal.search.IndexedArticle;
import org.newsportal.search.SearchIndex;

/**
 * The search index's share of an import: the articles of a folder of bulletins, parsed
 * and rendered beforehand ({@link InMemoryImport}), indexed through the real path
 * ({@link SearchIndex#replaceBulletin} per bulletin, as the index's thread does after
 * each import, then one commit), against a plain Lucene {@link IndexWriter} adding the
 * same fields with the same analysis, written here as the baseline, and the same baseline
 * without the dictionary-word fields, to show what SmartChinese segmentation costs. Each
 * into a fresh folder, one after the other on one thread, after a warm-up pass of each;
 * the fastest of the measured passes counts. Prints the rates and the ratio; asserts
 * nothing. Not a test: {@code bench/run.sh} runs it.
 * <p>
 * Arguments: bulletin folder, work folder (emptied), optionally measured passes (2).
 */
public final class IndexBenchmark {

	private static final FieldType GRAMS;

	static {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		GRAMS = type;
	}

	/** Emoji are dropped, as the site's analysis does. */

	private static final int WORDS_LEAD = 300;

	private IndexBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path work = Path.of(args[1]);
		int passes = (args.length > 2) ? Math.max(1, Integer.parseInt(args[2])) : 2;
		List<List<IndexedArticle>> bulletins = articles(InMemoryImport.read(Path.of(args[0])));
		int count = bulletins.stream().mapToInt(List::size).sum();
		double ours = Double.MAX_VALUE;
		double plain = Double.MAX_VALUE;
		double gramsOnly = Double.MAX_VALUE;
		for (int pass = 0; pass <= passes; pass++) {
			double o = ours(bulletins, fresh(work.resolve("ours")));
			double p = plain(bulletins, fresh(work.resolve("plain")), true);
			double g = plain(bulletins, fresh(work.resolve("grams")), false);
			if (pass > 0) {
				ours = Math.min(ours, o);
				plain = Math.min(plain, p);
				gramsOnly = Math.min(gramsOnly, g);
			}
		}
		boolean same = postings(work.resolve("ours")).equals(postings(work.resolve("plain")));
		System.out.printf(
				"index articles=%d bulletins=%d seconds=%.2f per_second=%.0f baseline_seconds=%.2f baseline_per_second=%.0f ratio=%.2f grams_only_seconds=%.2f words_share=%.2f same_postings=%b%n",
				count, bulletins.size(), ours, count / ours, plain, count / plain, plain / ours, gramsOnly,
				(plain - gramsOnly) / plain, same);
		delete(work);
	}

	/** The site's path: replace each bulletin's documents, commit at the end. */
	private static double ours(List<List<IndexedArticle>> bulletins, Path folder) {
		try (SearchIndex index = SearchIndex.open(folder)) {
			long start = System.nanoTime();
			for (List<IndexedArticle> articles : bulletins) {
				index.replaceBulletin(articles.get(0).bulletinId(), articles, null);
			}
			index.commitPending();
			return (System.nanoTime() - start) / 1e9;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The baseline: add the same documents to a plain writer, commit at the end. */
	private static double plain(List<List<IndexedArticle>> bulletins, Path folder, boolean words) throws IOException {
		try (Directory directory = FSDirectory.open(folder);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalysis.analyzer()))) {
			long start = System.nanoTime();
			for (List<IndexedArticle> articles : bulletins) {
				for (IndexedArticle article : articles) {
					writer.addDocument(document(article, words));
				}
			}
			writer.commit();
			return (System.nanoTime() - start) / 1e9;
		}
	}

	private static Document document(IndexedArticle article, boolean words) {
		Document doc = new Document();
		doc.add(new StringField("id", Long.toString(article.id()), Field.Store.YES));
		doc.add(new StringField("bulletin", Long.toString(article.bulletinId()), Field.Store.NO));
		doc.add(new NumericDocValuesField("bulletin_id", article.bulletinId()));
		doc.add(new NumericDocValuesField("bulletin_revision", article.bulletinRevision()));
		doc.add(new StringField("slug", article.slug(), Field.Store.YES));
		doc.add(new StringField("kind", article.kind().code(), Field.Store.YES));
		doc.add(new LongField("date", article.date().toEpochDay(), Field.Store.YES));
		for (Credit byline : article.bylines()) {
			doc.add(new StringField("reporter", byline.name(), Field.Store.NO));
			doc.add(new StoredField("byline", byline.role() + '\t' + byline.name()));
		}
		String body = (article.subtitle() == null || article.subtitle().isBlank()) ? article.text()
				: article.subtitle() + "\n" + article.text();
		doc.add(new Field("title_grams", article.title(), GRAMS));
		doc.add(new Field("body_grams", body, GRAMS));
		if (words) {
			doc.add(new TextField("title_words", article.title(), Field.Store.NO));
			doc.add(new TextField("body_words", body.substring(0, Math.min(body.length(), WORDS_LEAD)),
					Field.Store.NO));
		}
		return doc;
	}

	/** Documents and postings per text field: equal when both did the same analysis. */
	private static String postings(Path folder) throws IOException {
		try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
			StringBuilder summary = new StringBuilder().append(reader.numDocs());
			for (String field : List.of("title_grams", "body_grams", "title_words", "body_words")) {
				summary.append(' ').append(field).append('=').append(reader.getSumTotalTermFreq(field));
			}
			return summary.toString();
		}
	}

	/** The articles as the index gets them after an import, one list per bulletin. */
	private static List<List<IndexedArticle>> articles(List<InMemoryImport.Bulletin> bulletins) {
		InMemoryImport pipeline = new InMemoryImport();
		List<List<IndexedArticle>> all = new ArrayList<>();
		long id = 0;
		long bulletinId = 0;
		for (InMemoryImport.Bulletin bulletin : bulletins) {
			bulletinId++;
			List<IndexedArticle> articles = new ArrayList<>();
			for (InMemoryImport.Rendered rendered : pipeline.run(bulletin.name(), bulletin.content())) {
				ParsedItem item = rendered.item();
				List<Credit> bylines = item.bylines().stream().map((b) -> new Credit(b.name(), b.role())).toList();
				id++;
				articles.add(new IndexedArticle(id, bulletinId, item.position(), item.date() + "-" + slugHash(id),
						item.kind(), item.title(), item.subtitle(), item.date(), rendered.body().text(), bylines,
						bulletinId));
			}
			all.add(articles);
		}
		return all;
	}

	private static String slugHash(long id) {
		return HexFormat.of().toHexDigits((int) (id * 2654435761L));
	}

	private static Path fresh(Path folder) throws IOException {
		delete(folder);
		Files.createDirectories(folder);
		return folder;
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

}
