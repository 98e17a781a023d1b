package org.newsportal.photo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsportal.article.ArticleCard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items' first pictures, for the lists' thumbnails, sharing cards and feeds. Lists ask
 * for all their items at once ({@code ${@itemPhotos.of(cards)}} in
 * {@code fragments/cards.html}), one query a list.
 */
@Service("itemPhotos")
@Transactional(readOnly = true)
public class ItemPhotos {

	private final PhotoStore photos;

	ItemPhotos(PhotoStore photos) {
		this.photos = photos;
	}

	/** Each card's picture by its slug; cards without one are not in the map. */
	public Map<String, PhotoStore.ItemPhoto> of(Collection<ArticleCard> cards) {
		if (cards == null || cards.isEmpty()) {
			return Map.of();
		}
		return this.photos.itemPhotos(cards.stream().map(ArticleCard::slug).distinct().toList());
	}

	/** Each item's picture by its slug. */
	public Map<String, PhotoStore.ItemPhoto> bySlugs(List<String> slugs) {
		return slugs.isEmpty() ? Map.of() : this.photos.itemPhotos(slugs.stream().distinct().toList());
	}

	public Optional<PhotoStore.ItemPhoto> of(String slug) {
		return Optional.ofNullable(this.photos.itemPhotos(List.of(slug)).get(slug));
	}

	/** An item's picture, or null: for a template that shows one item's. */
	public PhotoStore.ItemPhoto orNull(String slug) {
		return (slug != null) ? of(slug).orElse(null) : null;
	}

	/** The largest JPEG's size in bytes, for an enclosure. */
	public long largestSize(PhotoRef photo) {
		return this.photos.size(photo.sha256(), PhotoFormat.JPEG, photo.shownWidth()).orElse(0L);
	}

}
