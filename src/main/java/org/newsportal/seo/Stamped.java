package org.newsportal.seo;

import java.time.Instant;

/**
 * A page's key (slug, date or name) and when what it shows last changed.
 */
record Stamped(String key, Instant modified) {

}
