package org.newsportal.article.change;

/**
 * Published inside the import's transaction once a stored bulletin's new articles are
 * stored, before {@link BulletinImported}: listeners may still change them.
 */
public record BulletinReplaced(long bulletinId, String name) {

}
