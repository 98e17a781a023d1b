package org.newsportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds Lucene queries from what a reader typed, without any query syntax: the text is
 * analysed, and every run of characters not broken by spaces or punctuation must occur in
 * sequence in the headline or the body. Quotes, {@code *}, {@code ?}, brackets and the
 * like are just separators; a lone {@code AND}, {@code OR} or {@code NOT} between other
 * words is ignored, since every run is required anyway.
 */
final class ChineseQueries {

	/**
	 * A hit in the headline is worth several in the body: the headline says what the
	 * article is about.
	 */
	static final float TITLE_BOOST = 4f;

	/**
	 * Agreement with the dictionary segmentation only reorders hits; it should not
	 * outweigh where the match is.
	 */
	static final float WORDS_BOOST = 0.5f;

	private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");

	private final Analyzer analyzer;

	ChineseQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The query for the text and filters, or {@code null} when the text has nothing to
	 * search for.
	 */
	Ranked build(SearchQuery search) {
		Ranked text = ranked(search.text());
		if (text == null) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text.match(), Occur.MUST);
		if (search.from() != null || search.to() != null) {
			long from = (search.from() != null) ? search.from().toEpochDay() : Long.MIN_VALUE;
			long to = (search.to() != null) ? search.to().toEpochDay() : Long.MAX_VALUE;
			query.add(LongPoint.newRangeQuery(SearchFields.DATE, from, to), Occur.FILTER);
		}
		if (search.reporter() != null) {
			query.add(new TermQuery(new Term(SearchFields.REPORTER, search.reporter())), Occur.FILTER);
		}
		if (search.kind() != null) {
			query.add(new TermQuery(new Term(SearchFields.KIND, search.kind().code())), Occur.FILTER);
		}
		return new Ranked(query.build(), text.bonus());
	}

	/**
	 * The text part alone, match and bonus in one query.
	 */
	Query text(String text) {
		Ranked ranked = ranked(text);
		if (ranked == null) {
			return null;
		}
		return new BooleanQuery.Builder().add(ranked.match(), Occur.MUST).add(ranked.bonus(), Occur.SHOULD).build();
	}

	/**
	 * Each run required in headline or body; each run's dictionary words as a bonus.
	 */
	private Ranked ranked(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<List<Token>> runs = runs(analyze(SearchFields.BODY_GRAMS, text));
		if (runs.size() > 1) {
			runs.removeIf((run) -> OPERATORS.contains(text.substring(run.get(0).start(), end(run))));
		}
		if (runs.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		BooleanQuery.Builder bonus = new BooleanQuery.Builder();
		for (List<Token> run : runs) {
			List<Token> grams = withoutCoveredCharacters(run);
			Query inTitle = phrase(SearchFields.TITLE_GRAMS, grams);
			Query inBody = phrase(SearchFields.BODY_GRAMS, grams);
			query.add(new BooleanQuery.Builder().add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD)
				.add(inBody, Occur.SHOULD)
				.build(), Occur.MUST);
			List<Token> words = analyze(SearchFields.BODY_WORDS, text.substring(run.get(0).start(), end(run)));
			if (!words.isEmpty()) {
				bonus.add(new BoostQuery(phrase(SearchFields.TITLE_WORDS, words), TITLE_BOOST * WORDS_BOOST),
						Occur.SHOULD);
				bonus.add(new BoostQuery(phrase(SearchFields.BODY_WORDS, words), WORDS_BOOST), Occur.SHOULD);
			}
		}
		return new Ranked(query.build(), bonus.build());
	}

	private List<Token> analyze(String field, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset(),
						CJKBigramFilter.DOUBLE_TYPE.equals(type.type())));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/**
	 * Splits tokens where the text between them was skipped (spaces, punctuation, emoji):
	 * what the reader typed together must match together.
	 */
	private static List<List<Token>> runs(List<Token> tokens) {
		List<List<Token>> runs = new ArrayList<>();
		List<Token> run = new ArrayList<>();
		for (Token token : tokens) {
			if (!run.isEmpty() && token.start() > end(run)) {
				runs.add(run);
				run = new ArrayList<>();
			}
			run.add(token);
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}

	private static int end(List<Token> run) {
		int end = 0;
		for (Token token : run) {
			end = Math.max(end, token.end());
		}
		return end;
	}

	/**
	 * Keeps the bigrams and only the single characters no bigram covers (a query of one
	 * character, or one between digits): the bigrams already require them, and each extra
	 * term would only slow the phrase down.
	 */
	private static List<Token> withoutCoveredCharacters(List<Token> run) {
		Set<Integer> bigramStarts = new HashSet<>();
		for (Token token : run) {
			if (token.bigram()) {
				bigramStarts.add(token.position());
			}
		}
		return run.stream()
			.filter((token) -> token.bigram()
					|| (!bigramStarts.contains(token.position()) && !bigramStarts.contains(token.position() - 1)))
			.toList();
	}

	private static Query phrase(String field, List<Token> tokens) {
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0).term()));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		int first = tokens.get(0).position();
		for (Token token : tokens) {
			phrase.add(new Term(field, token.term()), token.position() - first);
		}
		return phrase.build();
	}

	/**
	 * What must match, and what adds to the score of the best matches. The bonus is only
	 * computed for the top hits: scoring every match's dictionary words would make common
	 * queries several times slower for an order nobody pages through.
	 */
	record Ranked(Query match, Query bonus) {

	}

	private record Token(String term, int position, int start, int end, boolean bigram) {

	}

}
