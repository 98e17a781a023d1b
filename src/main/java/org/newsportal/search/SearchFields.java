package org.newsportal.search;

/**
 * Field names of the search index.
 */
final class SearchFields {

	/** The article id, unique. */
	static final String ID = "id";

	/** The bulletin id, so a re-imported or deleted bulletin's documents go together. */
	static final String BULLETIN = "bulletin";

	/**
	 * The bulletin id and revision as doc values: what the index holds of each bulletin,
	 * compared with the database to catch up with imports made elsewhere.
	 */
	static final String BULLETIN_ID = "bulletin_id";

	static final String BULLETIN_REVISION = "bulletin_revision";

	static final String SLUG = "slug";

	static final String KIND = "kind";

	/** Epoch day: a point for the date filter, doc values to sort, stored to show. */
	static final String DATE = "date";

	/** Byline names, exact, for the reporter filter. */
	static final String REPORTER = "reporter";

	/** Bylines as stored {@code role + TAB + name} values, to show. */
	static final String BYLINE = "byline";

	/** Headline as grams, stored with offsets for highlighting. */
	static final String TITLE_GRAMS = "title_grams";

	static final String TITLE_WORDS = "title_words";

	/** Subtitle and text as grams, stored with offsets for snippets. */
	static final String BODY_GRAMS = "body_grams";

	static final String BODY_WORDS = "body_words";

	private SearchFields() {
	}

}
