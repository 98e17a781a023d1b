package org.newsportal.caching;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rendered page as the application answered it: the body and the headers it set
 * (security headers, {@code Cache-Control}, {@code ETag}, ...). Always a 200.
 *
 * @param body the uncompressed body
 * @param contentType the content type with its charset
 * @param locale the locale the application set ({@code Content-Language}), or
 * {@code null}
 * @param headers every other header the application set, by name, in order
 * @param etag the validator, or {@code null} when the page has none
 * @param gzipped the body gzipped, for clients that take it, or {@code null} when the
 * page is not to be compressed
 */
record CachedPage(byte[] body, String contentType, Locale locale, Map<String, List<String>> headers, String etag,
		byte[] gzipped) {

	/** What an entry costs besides its body and strings: objects, the map, the key. */
	private static final int OVERHEAD = 256;

	/**
	 * Roughly the bytes the entry holds on the heap, for the cache's size bound.
	 */
	int weight(String key) {
		long chars = key.length() + this.contentType.length();
		for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
			chars += header.getKey().length();
			for (String value : header.getValue()) {
				chars += value.length();
			}
		}
		long bytes = this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
		return (int) Math.min(Integer.MAX_VALUE, bytes + 2 * chars + OVERHEAD);
	}

}
