package org.newsportal.search;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the index gets its articles from: the database in the application, fixtures in
 * tests, a synthetic corpus in the benchmark.
 */
public interface ArticleSource {

	/**
	 * A value that changes whenever articles are added, replaced or deleted. It starts
	 * with the schema of the documents built from them, up to its first colon: an index
	 * of another schema is rebuilt, one of the same schema may catch up bulletin by
	 * bulletin.
	 */
	String marker();

	/**
	 * The revision of every bulletin, by id.
	 */
	Map<Long, Long> bulletinRevisions();

	/**
	 * The current articles of a bulletin (none when it was deleted), in batches small
	 * enough to hold in memory: one bulletin may hold tens of thousands.
	 */
	void forEachInBulletin(long bulletinId, Consumer<List<IndexedArticle>> consumer);

	/**
	 * Every article, in batches small enough to hold in memory.
	 */
	void forEachBatch(Consumer<List<IndexedArticle>> consumer);

}
