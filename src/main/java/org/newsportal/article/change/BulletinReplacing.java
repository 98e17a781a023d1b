package org.newsportal.article.change;

/**
 * Published inside the import's transaction just before a stored bulletin's articles are
 * deleted to be replaced, while they can still be read (their addresses, for one).
 */
public record BulletinReplacing(long bulletinId, String name) {

}
