package org.newsportal.search;

import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks matches in the headline (all of it) and picks the best sentence of the body for
 * the snippet. Offsets come from the postings, so nothing is re-analysed.
 */
final class ArticleHighlighter extends UnifiedHighlighter {

	/** Characters of body text a snippet shows at most. */
	static final int SNIPPET_LENGTH = 120;

	private static final PassageFormatter TITLE = new MarkFormatter(Integer.MAX_VALUE);

	private static final PassageFormatter BODY = new MarkFormatter(SNIPPET_LENGTH);

	ArticleHighlighter(IndexSearcher searcher, Analyzer analyzer) {
		super(UnifiedHighlighter.builder(searcher, analyzer).withMaxNoHighlightPassages(0));
	}

	@Override
	protected BreakIterator getBreakIterator(String field) {
		return SearchFields.TITLE_GRAMS.equals(field) ? new WholeBreakIterator()
				: BreakIterator.getSentenceInstance(Locale.CHINA);
	}

	@Override
	protected PassageFormatter getFormatter(String field) {
		return SearchFields.TITLE_GRAMS.equals(field) ? TITLE : BODY;
	}

}
