package org.newsportal.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plain-statement part of {@link ArticleRepository}, found by its name.
 */
class TakenSlugsImpl implements TakenSlugs {

	/** Slugs a statement asks for at most. */
	static final int BATCH = 512;

	private final JdbcClient jdbc;

	TakenSlugsImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> findTakenSlugs(Collection<String> slugs) {
		List<String> all = List.copyOf(slugs);
		List<String> taken = new ArrayList<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			List<String> batch = padded(all.subList(from, Math.min(all.size(), from + BATCH)));
			taken.addAll(this.jdbc.sql("select slug from article where slug in (:slugs)")
				.param("slugs", batch)
				.query(String.class)
				.list());
		}
		return taken.stream().distinct().toList();
	}

	/**
	 * The list grown to the next power of two by repeating its last slug, so that the
	 * statements come in a few shapes the database keeps prepared.
	 */
	static List<String> padded(List<String> slugs) {
		if (slugs.isEmpty()) {
			return slugs;
		}
		int size = Integer.highestOneBit(slugs.size());
		if (size < slugs.size()) {
			size <<= 1;
		}
		List<String> padded = new ArrayList<>(size);
		padded.addAll(slugs);
		while (padded.size() < size) {
			padded.add(slugs.get(slugs.size() - 1));
		}
		return padded;
	}

}
