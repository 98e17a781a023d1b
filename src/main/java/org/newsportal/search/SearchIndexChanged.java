package org.newsportal.search;

/**
 * Published when what searches find has changed or is about to: an update was recorded
 * (the next search opens a new reader and sees it) or a new reader was opened. For
 * whatever holds on to search results, such as the page cache.
 */
public record SearchIndexChanged() {

}
