package org.newsportal.article.change;

/**
 * Published by {@link BulletinChangeWatcher} when the bulletin table's fingerprint has
 * changed since its last look: an import or deletion was committed by this instance, by
 * another one or by the {@code --import} command. The only signal of imports made
 * elsewhere, published whether or not search is enabled. The search index catches up on
 * it before the caches that listen to it are emptied (its listener is ordered first), so
 * pages rendered after a cache clear see the new search results too.
 *
 * @param fingerprint the bulletin count and revision sum now in the database
 */
public record BulletinsChanged(String fingerprint) {

}
