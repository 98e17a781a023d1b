package org.newsportal.article.change;

/**
 * Published after a bulletin and its articles were deleted. Listeners run after the
 * commit.
 *
 * @param bulletinId the deleted bulletin's id
 * @param revision its revision when it was deleted
 * @param name its name, for messages
 */
public record BulletinDeleted(long bulletinId, long revision, String name) {

}
