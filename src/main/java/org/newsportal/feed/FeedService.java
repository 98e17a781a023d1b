package org.newsportal.feed;

import java.util.Map;

import org.newsportal.article.Article;
import org.newsportal.photo.ItemPhotos;
import org.newsportal.photo.PhotoFormat;
import org.newsportal.photo.PhotoStore;

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

	private final ItemPhotos photos;

	FeedService(FeedRepository articles, ItemPhotos photos) {
		this.articles = articles;
		this.photos = photos;
	}

	/** The items with their first pictures as enclosures. */
	private List<FeedItem> items(List<Article> found) {
		Map<String, PhotoStore.ItemPhoto> pictures = this.photos.bySlugs(found.stream().map(Article::getSlug).toList());
		return found.stream().map((article) -> {
			FeedItem item = FeedItem.of(article);
			PhotoStore.ItemPhoto picture = pictures.get(article.getSlug());
			return (picture != null) ? item.withEnclosure(new FeedItem.Enclosure(picture.photo().largest(),
					PhotoFormat.JPEG.mediaType(), this.photos.largestSize(picture.photo()))) : item;
		}).toList();
	}

	List<FeedItem> newest() {
		return items(this.articles.findNewest(Limit.of(SIZE)));
	}

	/**
	 * A reporter's newest items; empty when no byline has the name.
	 */
	List<FeedItem> newestBy(String name) {
		return items(this.articles.findNewestCrediting(name, Limit.of(SIZE)));
	}

	/**
	 * The newest items of a printed page name; empty when no page has the name.
	 */
	List<FeedItem> newestOnPage(String name) {
		return items(this.articles.findNewestOnPage(name, Limit.of(SIZE)));
	}

}
