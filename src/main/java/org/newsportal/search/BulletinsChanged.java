package org.newsportal.search;

/**
 * Published when the index synchronisation finds the bulletin table's fingerprint changed
 * since its last look, after the index has caught up: an import or deletion was committed
 * by this instance, by another one or by the {@code --import} command. The only signal of
 * imports made elsewhere; it exists only while search is enabled.
 *
 * @param fingerprint the bulletin count and revision sum now in the database
 */
public record BulletinsChanged(String fingerprint) {

}
