package org.newsportal.correction;

/**
 * An article changed since its import, as a re-import's confirmation lists it.
 *
 * @param note why it was last changed
 */
public record EditedArticle(String slug, String title, String note) {

}
