package org.newsportal.bulletin;

/**
 * A person one of the recognisers found at an offset of an item's text, before the finds
 * of all recognisers are merged into {@link PersonMention}s.
 *
 * @param offset where the name (or the segment naming it) starts in the text
 * @param name the name as printed
 * @param title the title printed with it, or null
 * @param present true when a people-present sentence lists the name
 */
record FoundPerson(int offset, String name, String title, boolean present) {

}
