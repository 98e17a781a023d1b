package org.newsportal.bulletin;

/**
 * Something the parser noticed but did not change, for the import report: a paragraph
 * that ends mid-sentence, text before the first headline, a name candidate it dropped and
 * why. {@code line} is 1-based, or 0 when the finding is about the whole bulletin.
 */
public record Finding(int line, String message) {

}
