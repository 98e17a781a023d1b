package org.newsportal.importer;

/**
 * Published after a bulletin and its articles were deleted. Listeners run after the
 * commit.
 */
public record BulletinDeleted(long bulletinId, String name) {

}
