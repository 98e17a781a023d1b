package org.newsportal.feed;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the items the feeds carry. The bylines are loaded inside the transaction, so the
 * records that leave here need nothing lazy.
 */
@Service
@Transactional(readOnly = true)
class FeedService {

	/** Enough for a reader who checks once a day, small enough to fetch every hour. */
	static final int SIZE = 50;

	private final FeedRepository articles;

	FeedService(FeedRepository articles) {
		this.articles = articles;
	}

	List<FeedItem> newest() {
		return this.articles.findNewest(Limit.of(SIZE)).stream().map(FeedItem::of).toList();
	}

	/**
	 * A reporter's newest items; empty when no byline has the name.
	 */
	List<FeedItem> newestBy(String name) {
		return this.articles.findNewestCrediting(name, Limit.of(SIZE)).stream().map(FeedItem::of).toList();
	}

	/**
	 * The newest items of a printed page name; empty when no page has the name.
	 */
	List<FeedItem> newestOnPage(String name) {
		return this.articles.findNewestOnPage(name, Limit.of(SIZE)).stream().map(FeedItem::of).toList();
	}

}
