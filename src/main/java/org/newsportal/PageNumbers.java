package org.newsportal;

import org.springframework.data.domain.PageRequest;

/**
 * Page numbers as addresses and the API carry them: the first page is {@code page=1}.
 * Every list turns its {@code page} parameter into a {@link PageRequest} here, so the
 * site, the editors' pages and the API count alike.
 */
public final class PageNumbers {

	/**
	 * The number of the first page.
	 */
	public static final int FIRST = 1;

	private PageNumbers() {
	}

	/**
	 * The request for a page of a list. A number below the first asks for the first page
	 * (older clients sent {@code page=0}); a number so large that its offset would not
	 * fit an {@code int} asks for the last page there could be, which is empty.
	 * @param page the 1-based page number from the address
	 * @param size the items per page asked for
	 * @param maxSize the most items a page may hold
	 */
	public static PageRequest request(int page, int size, int maxSize) {
		int clampedSize = clampSize(size, maxSize);
		return PageRequest.of(clamp(page, clampedSize) - FIRST, clampedSize);
	}

	/**
	 * A page number between the first and the last one whose offset fits an {@code int}.
	 */
	public static int clamp(int page, int size) {
		return Math.min(Math.max(FIRST, page), maxPage(size));
	}

	/**
	 * The highest page number whose first item's offset fits an {@code int}.
	 */
	public static int maxPage(int size) {
		return Integer.MAX_VALUE / Math.max(1, size);
	}

	/**
	 * Whether the number names a page at all: below the first or past
	 * {@link #maxPage(int)} it does not.
	 */
	public static boolean exists(int page, int size) {
		return page >= FIRST && page <= maxPage(size);
	}

	public static int clampSize(int size, int maxSize) {
		return Math.min(Math.max(1, size), maxSize);
	}

}
