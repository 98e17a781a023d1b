package org.newsportal.article;

import java.time.Instant;

/**
 * What an address that is no article's current one answers.
 *
 * @param movedTo the article's address now, when it moved
 * @param reason why it was deleted, when it was
 */
public record Redirection(String movedTo, String reason, Instant removedAt) {

	public static final Redirection UNKNOWN = new Redirection(null, null, null);

	public static Redirection movedTo(String slug) {
		return new Redirection(slug, null, null);
	}

	public static Redirection gone(String reason, Instant removedAt) {
		return new Redirection(null, reason, removedAt);
	}

	public boolean isMoved() {
		return this.movedTo != null;
	}

	public boolean isGone() {
		return this.reason != null;
	}

}
