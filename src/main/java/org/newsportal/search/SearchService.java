package org.newsportal.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;

import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleLinks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the articles: best match first, newest first among equals.
 */
@Service
@ConditionalOnSearchEnabled
public class SearchService {

	/**
	 * How deep anyone may page: beyond this, collecting the top hits costs more than any
	 * reader is worth. Deeper pages show the last page within it.
	 */
	static final int MAX_WINDOW = 10_000;

	/**
	 * How many of the best matches get the dictionary-word bonus: enough to reorder the
	 * first pages.
	 */
	static final int RESCORED = 100;

	private static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
			new SortedNumericSortField(SearchFields.DATE, SortField.Type.LONG, true));

	private final SearchIndex index;

	private final ChineseQueries queries;

	private final SearchSlots slots;

	/** A search service with a slot per processor and a second's wait for one. */
	public SearchService(SearchIndex index) {
		this(index, new SearchSlots(0, Duration.ofSeconds(1)));
	}

	@Autowired
	SearchService(SearchIndex index, SearchProperties properties) {
		this(index, new SearchSlots(properties.concurrency(), properties.queueWait()));
	}

	SearchService(SearchIndex index, SearchSlots slots) {
		this.index = index;
		this.queries = new ChineseQueries(index.analyzer());
		this.slots = slots;
	}

	/**
	 * The page of hits the query asks for.
	 * @throws SearchBusyException when too many searches are running and none ended in
	 * {@code portal.search.queue-wait}
	 */
	public ResultPage<SearchHit> search(SearchQuery search) {
		ChineseQueries.Ranked query = search.isBlank() ? null : this.queries.build(search);
		if (query == null) {
			return new ResultPage<>(List.of(), PageNumbers.FIRST, search.size(), 0);
		}
		// A slot is taken once the index caught up: waiting for it is not search work
		return this.index.search((searcher) -> this.slots.run(() -> search(searcher, query, search)));
	}

	private ResultPage<SearchHit> search(IndexSearcher searcher, ChineseQueries.Ranked ranked, SearchQuery search)
			throws IOException {
		int size = search.size();
		// Counted from 0 here, as Lucene counts hits
		int page = Math.min(search.page() - PageNumbers.FIRST, MAX_WINDOW / size - 1);
		Query query = ranked.match();
		TopDocs top = searcher.search(query,
				new TopFieldCollectorManager(RANKING, Math.max((page + 1) * size, RESCORED), null, Integer.MAX_VALUE));
		long total = top.totalHits.value;
		if (top.totalHits.relation != TotalHits.Relation.EQUAL_TO) {
			throw new IllegalStateException("Hit count should be exact");
		}
		top = rescore(searcher, top, ranked.bonus());
		int collected = top.scoreDocs.length;
		if (page * size >= collected && collected > 0) {
			// Past the end: show the last page rather than an empty one.
			page = (collected - 1) / size;
		}
		ScoreDoc[] hits = Arrays.copyOfRange(top.scoreDocs, Math.min(page * size, collected),
				Math.min((page + 1) * size, collected));
		return new ResultPage<>(toHits(searcher, query, hits), page + PageNumbers.FIRST, size, total);
	}

	/**
	 * Adds the dictionary-word bonus to the best hits and orders them again, newest first
	 * among equals.
	 */
	private static TopDocs rescore(IndexSearcher searcher, TopDocs top, Query bonus) throws IOException {
		if (top.scoreDocs.length == 0) {
			return top;
		}
		TopDocs rescored = QueryRescorer.rescore(searcher, top, bonus, 1, top.scoreDocs.length);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Map<Integer, Long> days = new HashMap<>();
		for (ScoreDoc hit : rescored.scoreDocs) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
			SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), SearchFields.DATE);
			days.put(hit.doc, values.advanceExact(hit.doc - leaf.docBase) ? values.nextValue() : Long.MIN_VALUE);
		}
		ScoreDoc[] hits = rescored.scoreDocs.clone();
		Arrays.sort(hits,
				Comparator.comparingDouble((ScoreDoc hit) -> -hit.score)
					.thenComparing((ScoreDoc hit) -> -days.get(hit.doc))
					.thenComparingInt((ScoreDoc hit) -> hit.doc));
		return new TopDocs(top.totalHits, hits);
	}

	private List<SearchHit> toHits(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
		if (hits.length == 0) {
			return List.of();
		}
		TopDocs slice = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
		Map<String, String[]> highlights = new ArticleHighlighter(searcher, this.index.analyzer()).highlightFields(
				new String[] { SearchFields.TITLE_GRAMS, SearchFields.BODY_GRAMS }, query, slice, new int[] { 1, 1 });
		String[] titles = highlights.get(SearchFields.TITLE_GRAMS);
		String[] snippets = highlights.get(SearchFields.BODY_GRAMS);
		StoredFields stored = searcher.storedFields();
		List<SearchHit> result = new ArrayList<>(hits.length);
		for (int i = 0; i < hits.length; i++) {
			Document doc = stored.document(hits[i].doc);
			String slug = ArticleDocuments.slug(doc);
			String title = ArticleDocuments.title(doc);
			String titleHtml = (titles[i] != null) ? titles[i] : MarkFormatter.escape(title);
			String snippetHtml = (snippets[i] != null) ? snippets[i] : opening(ArticleDocuments.body(doc));
			result.add(new SearchHit(slug, ArticleLinks.url(slug), title, titleHtml, ArticleDocuments.date(doc),
					ArticleDocuments.kind(doc), ArticleDocuments.bylines(doc), snippetHtml));
		}
		return result;
	}

	/**
	 * The snippet when only the headline matched: the beginning of the text.
	 */
	private static String opening(String body) {
		String text = body.strip();
		if (text.codePointCount(0, text.length()) <= ArticleHighlighter.SNIPPET_LENGTH) {
			return MarkFormatter.escape(text);
		}
		return MarkFormatter.escape(text.substring(0, text.offsetByCodePoints(0, ArticleHighlighter.SNIPPET_LENGTH)))
				+ MarkFormatter.ELLIPSIS;
	}

}
