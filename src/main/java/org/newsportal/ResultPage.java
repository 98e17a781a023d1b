package org.newsportal;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as the site and the JSON API hand it out: {@code {"items":
 * [...], "page": 1, "size": 20, "total": 12}}. Pages are numbered from
 * {@link PageNumbers#FIRST 1}, as in the addresses.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public ResultPage {
		items = List.copyOf(items);
	}

	public static <T> ResultPage<T> of(org.springframework.data.domain.Page<?> page, List<T> items) {
		return new ResultPage<>(items, page.getNumber() + PageNumbers.FIRST, page.getSize(), page.getTotalElements());
	}

	public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ResultPage<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.total);
	}

	public int totalPages() {
		return (this.size <= 0) ? 0 : (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > PageNumbers.FIRST;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

}
