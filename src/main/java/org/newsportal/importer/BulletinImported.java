package org.newsportal.importer;

/**
 * Published after a bulletin's articles were stored or replaced, for whatever is derived
 * from them (the search index, caches). Listeners run after the commit.
 */
public record BulletinImported(long bulletinId, String name) {

}
