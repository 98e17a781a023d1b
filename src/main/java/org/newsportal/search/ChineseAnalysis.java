package org.newsportal.search;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways Chinese text is split, each indexed in its own field.
 * <p>
 * <b>Grams</b> (every character and every pair of neighbouring characters) decide what
 * matches: they find any run of characters whatever a dictionary thinks of it, so
 * {@code 高新} matches {@code 高新区}, {@code 会} matches {@code 会议} and a name no dictionary
 * knows matches wherever it is printed. A query becomes a phrase of bigrams, so
 * {@code 大气污染防治} only matches those six characters in sequence.
 * <p>
 * <b>Words</b> (SmartChineseAnalyzer's dictionary segmentation) only add to the score:
 * where the dictionary splits the text the way it splits the query the hit is more likely
 * what the reader meant, so {@code 北京代表团} outranks {@code 东北京剧团} for {@code 北京}. On their
 * own they would miss the cases above, because the dictionary segments {@code 高新区} as
 * {@code 高 / 新区} and a query {@code 高新} as {@code 高 / 新}.
 */
public final class ChineseAnalysis {

	/**
	 * Emoji are dropped rather than indexed: nobody searches a newspaper for them, and as
	 * tokens they would break the phrase a query is turned into.
	 */
	private static final Set<String> DROPPED_TYPES = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]);

	private ChineseAnalysis() {
	}

	/**
	 * The analyzer for the index and for queries: grams by default, words for the
	 * {@code *_words} fields. Public for the benchmark's plain-Lucene baseline, which
	 * must analyse exactly as the site does.
	 */
	public static Analyzer analyzer() {
		Analyzer words = new SmartChineseAnalyzer();
		return new PerFieldAnalyzerWrapper(grams(),
				Map.of(SearchFields.TITLE_WORDS, words, SearchFields.BODY_WORDS, words));
	}

	/**
	 * Characters and bigrams at the position of their first character, so positions count
	 * characters and a phrase of bigrams lines up with digits and Latin words around it.
	 * Full-width Latin and digits are folded to ASCII and lower-cased, so {@code ５Ｇ}
	 * finds {@code 5G}.
	 */
	static Analyzer grams() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new TypeTokenFilter(tokenizer, DROPPED_TYPES);
				stream = new CJKWidthFilter(stream);
				stream = new LowerCaseFilter(stream);
				stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
						| CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
				return new TokenStreamComponents(tokenizer, stream);
			}

		};
	}

}
