package org.newsportal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.newsportal.article.Credit;
import org.newsportal.bulletin.ItemKind;

/**
 * Small hand-made corpora, so ranking tests say exactly what they expect whatever the
 * bulletin parser does.
 */
final class Fixtures implements ArticleSource {

	private static final AtomicLong ids = new AtomicLong();

	private final List<IndexedArticle> articles = new ArrayList<>();

	private int version;

	static IndexedArticle article(String title, String text) {
		return article(1, title, text, LocalDate.of(2024, 3, 11), ItemKind.ARTICLE, List.of());
	}

	static IndexedArticle article(long bulletinId, String title, String text, LocalDate date, ItemKind kind,
			List<Credit> bylines) {
		long id = ids.incrementAndGet();
		return new IndexedArticle(id, bulletinId, "2024-" + id, kind, title, null, date, text, bylines);
	}

	Fixtures add(IndexedArticle... added) {
		this.articles.addAll(List.of(added));
		this.version++;
		return this;
	}

	List<IndexedArticle> all() {
		return this.articles;
	}

	@Override
	public String marker() {
		return "fixtures:" + this.version + ":" + this.articles.size();
	}

	@Override
	public Map<Long, Long> bulletinRevisions() {
		Map<Long, Long> revisions = new HashMap<>();
		this.articles.forEach((article) -> revisions.put(article.bulletinId(), article.bulletinRevision()));
		return revisions;
	}

	@Override
	public void forEachInBulletin(long bulletinId, Consumer<List<IndexedArticle>> consumer) {
		List<IndexedArticle> bulletin = this.articles.stream()
			.filter((article) -> article.bulletinId() == bulletinId)
			.toList();
		if (!bulletin.isEmpty()) {
			consumer.accept(bulletin);
		}
	}

	@Override
	public void forEachBatch(Consumer<List<IndexedArticle>> consumer) {
		for (int i = 0; i < this.articles.size(); i += 2) {
			consumer.accept(this.articles.subList(i, Math.min(i + 2, this.articles.size())));
		}
	}

}
