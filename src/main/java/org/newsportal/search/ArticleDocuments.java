package org.newsportal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.newsportal.article.Credit;

/**
 * Turns articles into index documents and back into what a hit shows.
 */
final class ArticleDocuments {

	/**
	 * Grams are stored with offsets in the postings so highlighting needs no re-analysis.
	 */
	private static final FieldType GRAMS;

	static {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		GRAMS = type;
	}

	private static final char BYLINE_SEPARATOR = '\t';

	/**
	 * How much of the body gets dictionary-word analysis. The word fields only add to the
	 * score of what the grams already matched, and where a story says what it is about,
	 * its lead, is where a word match should count; SmartChinese segmentation of whole
	 * bodies was the largest single cost of an import.
	 */
	static final int WORDS_LEAD = 300;

	private ArticleDocuments() {
	}

	static Term idTerm(long id) {
		return new Term(SearchFields.ID, Long.toString(id));
	}

	static Term bulletinTerm(long bulletinId) {
		return new Term(SearchFields.BULLETIN, Long.toString(bulletinId));
	}

	static Document toDocument(IndexedArticle article) {
		Document doc = new Document();
		doc.add(new StringField(SearchFields.ID, Long.toString(article.id()), Field.Store.YES));
		doc.add(new StringField(SearchFields.BULLETIN, Long.toString(article.bulletinId()), Field.Store.NO));
		doc.add(new NumericDocValuesField(SearchFields.BULLETIN_ID, article.bulletinId()));
		doc.add(new NumericDocValuesField(SearchFields.BULLETIN_REVISION, article.bulletinRevision()));
		doc.add(new StringField(SearchFields.SLUG, article.slug(), Field.Store.YES));
		doc.add(new StringField(SearchFields.KIND, article.kind().code(), Field.Store.YES));
		doc.add(new LongField(SearchFields.DATE, article.date().toEpochDay(), Field.Store.YES));
		for (Credit byline : article.bylines()) {
			doc.add(new StringField(SearchFields.REPORTER, byline.name(), Field.Store.NO));
			doc.add(new StoredField(SearchFields.BYLINE, byline.role() + BYLINE_SEPARATOR + byline.name()));
		}
		String body = article.body();
		doc.add(new Field(SearchFields.TITLE_GRAMS, article.title(), GRAMS));
		doc.add(new TextField(SearchFields.TITLE_WORDS, article.title(), Field.Store.NO));
		doc.add(new Field(SearchFields.BODY_GRAMS, body, GRAMS));
		doc.add(new TextField(SearchFields.BODY_WORDS, lead(body), Field.Store.NO));
		return doc;
	}

	private static String lead(String body) {
		if (body.length() <= WORDS_LEAD) {
			return body;
		}
		int end = WORDS_LEAD;
		// Not in the middle of a surrogate pair
		if (Character.isHighSurrogate(body.charAt(end - 1))) {
			end--;
		}
		return body.substring(0, end);
	}

	static String slug(Document doc) {
		return doc.get(SearchFields.SLUG);
	}

	static String title(Document doc) {
		return doc.get(SearchFields.TITLE_GRAMS);
	}

	static String body(Document doc) {
		String body = doc.get(SearchFields.BODY_GRAMS);
		return (body != null) ? body : "";
	}

	static String kind(Document doc) {
		return doc.get(SearchFields.KIND);
	}

	static LocalDate date(Document doc) {
		IndexableField field = doc.getField(SearchFields.DATE);
		return (field != null) ? LocalDate.ofEpochDay(field.numericValue().longValue()) : null;
	}

	static List<Credit> bylines(Document doc) {
		List<Credit> bylines = new ArrayList<>();
		for (String value : doc.getValues(SearchFields.BYLINE)) {
			int separator = value.indexOf(BYLINE_SEPARATOR);
			bylines.add(new Credit(value.substring(separator + 1), value.substring(0, separator)));
		}
		return bylines;
	}

}
