package org.newsportal.feed;

import org.springframework.http.MediaType;

/**
 * The two feed formats the site writes, by Rome's name for them.
 */
enum FeedFormat {

	ATOM("atom_1.0", "feed.atom", "application/atom+xml;charset=UTF-8"),

	RSS("rss_2.0", "feed.rss", "application/rss+xml;charset=UTF-8");

	private final String romeType;

	private final String fileName;

	private final MediaType mediaType;

	FeedFormat(String romeType, String fileName, String mediaType) {
		this.romeType = romeType;
		this.fileName = fileName;
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	String romeType() {
		return this.romeType;
	}

	String fileName() {
		return this.fileName;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

}
