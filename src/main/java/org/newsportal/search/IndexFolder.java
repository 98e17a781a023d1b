package org.newsportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's folder: opens the writer and the searchers on it, checks every file at
 * once, and wipes the folder and starts afresh when what is there cannot be read. The
 * index is derived data, so a corrupt, truncated, too old or too new index is all the
 * same: {@link SearchIndexMaintainer} rebuilds it from the database. One held by another
 * process is refused and never wiped.
 */
final class IndexFolder {

	private static final Logger logger = LoggerFactory.getLogger(IndexFolder.class);

	private IndexFolder() {
	}

	/**
	 * Opens the index in the folder, creating it when missing and starting afresh when it
	 * is corrupt or was written by another Lucene version.
	 * @throws IllegalStateException when another process holds the index, which is then
	 * left alone
	 */
	static Opened open(Path folder, Analyzer analyzer) {
		try {
			return tryOpen(folder, analyzer);
		}
		catch (LockObtainFailedException ex) {
			throw new IllegalStateException("Search index " + folder + " is in use by another process", ex);
		}
		catch (IOException | RuntimeException ex) {
			// Corrupt, truncated, too old or too new: all the same to derived data.
			logger.warn("Search index {} cannot be read ({}); starting a new one", folder, ex.toString());
			try {
				wipe(folder);
				return tryOpen(folder, analyzer);
			}
			catch (IOException again) {
				throw new UncheckedIOException("Search index " + folder + " cannot be created", again);
			}
		}
	}

	private static Opened tryOpen(Path folder, Analyzer analyzer) throws IOException {
		Files.createDirectories(folder);
		Directory directory = FSDirectory.open(folder);
		IndexWriter writer = null;
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzer)
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setRAMBufferSizeMB(ramBufferMegabytes())
				.setCommitOnClose(false);
			writer = new IndexWriter(directory, config);
			verify(writer);
			SearcherManager searchers = new SearcherManager(writer, null);
			return new Opened(directory, writer, searchers);
		}
		catch (IOException | RuntimeException ex) {
			if (writer != null) {
				writer.rollback();
			}
			directory.close();
			throw ex;
		}
	}

	/**
	 * Lucene's buffer for documents not yet flushed to a segment: a sixteenth of the
	 * heap, at most 64 MB, so a site run with {@code -Xmx256m} keeps 16 MB for it.
	 */
	static double ramBufferMegabytes() {
		return Math.max(4, Math.min(64, Runtime.getRuntime().maxMemory() / 16.0 / (1024 * 1024)));
	}

	/**
	 * Reads every file's checksum: a damaged segment then fails here, at start-up, and
	 * not in the middle of a reader's search.
	 */
	private static void verify(IndexWriter writer) throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(writer)) {
			for (LeafReaderContext leaf : reader.leaves()) {
				leaf.reader().checkIntegrity();
			}
		}
	}

	private static void wipe(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** What an opened folder gives {@link SearchIndex}. */
	record Opened(Directory directory, IndexWriter writer, SearcherManager searchers) {

	}

}
