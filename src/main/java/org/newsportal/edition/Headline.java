package org.newsportal.edition;

import org.newsportal.bulletin.ItemKind;

/**
 * One item of a page as the overview lists it.
 */
record Headline(Long bulletinId, String slug, String title, ItemKind kind, int position) {

}
