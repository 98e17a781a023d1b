package org.newsportal.correction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import org.newsportal.bulletin.ItemKind;

/**
 * The address an article's date, kind and headline give it: the importer's scheme, so
 * that an edited article's address reads like any other.
 */
final class Permalinks {

	private Permalinks() {
	}

	static String base(LocalDate date, ItemKind kind, String title) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((kind.name() + "\n" + title).getBytes(StandardCharsets.UTF_8));
			return date + "-" + HexFormat.of().formatHex(digest).substring(0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the address is the base or one of its numbered variants. */
	static boolean isOf(String slug, String base) {
		return slug.equals(base) || (slug.startsWith(base + "-") && slug.substring(base.length() + 1).matches("\\d+"));
	}

}
