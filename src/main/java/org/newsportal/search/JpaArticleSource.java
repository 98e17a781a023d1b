package org.newsportal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.newsportal.article.Credit;
import org.newsportal.article.change.BulletinFingerprint;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Articles from the database. Each read is its own read-only transaction: listeners run
 * after the import's commit, where the import's transaction can no longer be used, and a
 * rebuild should not hold one transaction open for the whole table.
 */
@Component
@ConditionalOnSearchEnabled
class JpaArticleSource implements ArticleSource {

	/**
	 * Bumped whenever documents are built differently, so existing indexes get rebuilt.
	 */
	static final String SCHEMA = "v3";

	/** Articles read at once when they are short, as nearly all are. */
	private static final int BATCH_SIZE = 500;

	/**
	 * Articles read at once at first, and at least: an article may hold 100,000
	 * characters.
	 */
	private static final int FIRST_BATCH_SIZE = 20;

	/** Characters of text a batch should hold once the articles' length is known. */
	private static final long BATCH_CHARACTERS = 2_000_000;

	private final IndexedArticles articles;

	private final BulletinFingerprint fingerprint;

	private final TransactionTemplate transactions;

	JpaArticleSource(IndexedArticles articles, BulletinFingerprint fingerprint,
			PlatformTransactionManager transactionManager) {
		this.articles = articles;
		this.fingerprint = fingerprint;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transactions.setReadOnly(true);
	}

	/**
	 * The schema version and the bulletins' fingerprint: every import, replacement or
	 * deletion changes the count or the sum of revisions, and reading them is cheap,
	 * which matters because every import records the marker. (It used to be taken over
	 * the article table, a scan that grew with the archive on every import.)
	 */
	@Override
	public String marker() {
		return SCHEMA + ":" + this.fingerprint.read();
	}

	@Override
	public Map<Long, Long> bulletinRevisions() {
		return this.transactions.execute((status) -> {
			Map<Long, Long> revisions = new HashMap<>();
			this.articles.bulletinRevisions()
				.forEach((bulletin) -> revisions.put(bulletin.getId(), bulletin.getRevision()));
			return revisions;
		});
	}

	@Override
	public void forEachInBulletin(long bulletinId, Consumer<List<IndexedArticle>> consumer) {
		forEachPage(-1, (after, size) -> this.articles.findInBulletinAfter(bulletinId, (int) after, Limit.of(size)),
				IndexedArticle::position, consumer);
	}

	@Override
	public void forEachBatch(Consumer<List<IndexedArticle>> consumer) {
		forEachPage(0, (after, size) -> this.articles.findAfter(after, Limit.of(size)), IndexedArticle::id, consumer);
	}

	/**
	 * Reads page after page, each in its own transaction, keyed on a column that grows
	 * along the order of the query (keyset paging: no offset to skip over). Pages hold as
	 * many articles as fit {@link #BATCH_CHARACTERS}, judged by the page before.
	 */
	private void forEachPage(long start, Page page, ToLongFunction<IndexedArticle> key,
			Consumer<List<IndexedArticle>> consumer) {
		long after = start;
		int size = FIRST_BATCH_SIZE;
		while (true) {
			long from = after;
			int limit = size;
			List<IndexedArticle> batch = this.transactions.execute((status) -> withBylines(page.read(from, limit)));
			if (batch.isEmpty()) {
				return;
			}
			consumer.accept(batch);
			after = key.applyAsLong(batch.get(batch.size() - 1));
			size = nextSize(batch);
		}
	}

	private List<IndexedArticle> withBylines(List<IndexedArticles.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Credit>> bylines = new HashMap<>();
		for (IndexedArticles.Byline byline : this.articles
			.findBylines(rows.stream().map(IndexedArticles.Row::id).toList())) {
			bylines.computeIfAbsent(byline.getArticleId(), (id) -> new ArrayList<>())
				.add(new Credit(byline.getName(), byline.getRole()));
		}
		return rows.stream().map((row) -> row.with(bylines.getOrDefault(row.id(), List.of()))).toList();
	}

	static int nextSize(List<IndexedArticle> batch) {
		long characters = 0;
		for (IndexedArticle article : batch) {
			characters += article.body().length();
		}
		long average = Math.max(1, characters / batch.size());
		return (int) Math.max(FIRST_BATCH_SIZE, Math.min(BATCH_SIZE, BATCH_CHARACTERS / average));
	}

	@FunctionalInterface
	private interface Page {

		List<IndexedArticles.Row> read(long after, int size);

	}

}
