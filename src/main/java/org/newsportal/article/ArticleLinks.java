package org.newsportal.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import org.newsportal.bulletin.ItemKind;

/**
 * Where articles and the days that list them live on the site. Kept in one place so
 * pages, feeds, the sitemap and the API agree.
 */
public final class ArticleLinks {

	/**
	 * The index of every day with news.
	 */
	public static final String DAYS = "/dates";

	private ArticleLinks() {
	}

	public static String url(String slug) {
		return "/articles/" + slug;
	}

	/**
	 * The address an article's date, kind and headline give it, before any number that
	 * tells it from another: it depends on nothing else, so importing the same bulletin
	 * into an empty database gives the same addresses, and an edited article's address
	 * reads like any other.
	 */
	public static String slug(LocalDate date, ItemKind kind, String title) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((kind.name() + "\n" + title).getBytes(StandardCharsets.UTF_8));
			return date + "-" + HexFormat.of().formatHex(digest).substring(0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The {@code n}th address for a base that is taken, counting the base as the first:
	 * {@code 2024-03-11-1a2b3c4d-2}.
	 */
	public static String numbered(String base, int n) {
		return base + "-" + n;
	}

	/**
	 * Whether the address is the base or one of its {@link #numbered numbered} variants.
	 */
	public static boolean isOf(String slug, String base) {
		return slug.equals(base) || (slug.startsWith(base + "-") && slug.substring(base.length() + 1).matches("\\d+"));
	}

	/**
	 * The page of one day's items: {@code /dates/2024-03-11}.
	 */
	public static String day(LocalDate date) {
		return DAYS + "/" + date;
	}

}
