package org.newsportal.article;

/**
 * Writes a bulletin's source text in pieces with plain statements: through Hibernate each
 * piece's {@code insert} was translated anew and flushed the page's pending rows first (8
 * % of the storing stage).
 */
public interface SourceTextWriter {

	/**
	 * Stores the text of a bulletin that has none stored; its row must be written.
	 */
	void insertText(long bulletinId, String text);

}
