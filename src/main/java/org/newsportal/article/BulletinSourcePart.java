package org.newsportal.article;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A piece of the text of a bulletin as the editor gave it. The text is kept apart from
 * the bulletin's row, and in pieces: it is read only to import the bulletin again, a page
 * can be megabytes long, and the embedded database writes each row in one piece, so one
 * row of tens of megabytes needs a write buffer a small heap cannot give.
 */
@Entity
@Table(name = "bulletin_source_part")
@IdClass(BulletinSourcePart.Key.class)
public class BulletinSourcePart {

	/** Characters a piece holds: at most 300 KB in UTF-8. */
	static final int LENGTH = 100_000;

	@Id
	@Column(name = "bulletin_id")
	private long bulletinId;

	@Id
	private int position;

	@Column(name = "source_text", nullable = false)
	private String text;

	protected BulletinSourcePart() {
	}

	/**
	 * The text in pieces of at most {@link #LENGTH} characters, never splitting a
	 * character outside the Basic Multilingual Plane (𠀀) into its two halves.
	 */
	static List<String> pieces(String text) {
		List<String> pieces = new ArrayList<>(text.length() / LENGTH + 1);
		int start = 0;
		do {
			int end = Math.min(text.length(), start + LENGTH);
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			pieces.add(text.substring(start, end));
			start = end;
		}
		while (start < text.length());
		return pieces;
	}

	/** The identifier of a piece. */
	public static class Key implements Serializable {

		private long bulletinId;

		private int position;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.bulletinId == this.bulletinId && key.position == this.position;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.bulletinId, this.position);
		}

	}

}
