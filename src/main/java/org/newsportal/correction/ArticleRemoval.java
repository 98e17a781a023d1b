package org.newsportal.correction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An article an editor deleted, and why: its address answers 410 Gone.
 */
@Entity
@Table(name = "article_removal")
class ArticleRemoval {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String slug;

	@Column(name = "bulletin_id")
	private Long bulletinId;

	private Integer position;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String reason;

	@Column(name = "removed_by")
	private String removedBy;

	@Column(name = "removed_at", nullable = false)
	private Instant removedAt;

	protected ArticleRemoval() {
	}

	ArticleRemoval(String slug, long bulletinId, int position, String title, String reason, String removedBy,
			Instant removedAt) {
		this.slug = slug;
		this.bulletinId = bulletinId;
		this.position = position;
		this.title = title;
		this.reason = reason;
		this.removedBy = removedBy;
		this.removedAt = removedAt;
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	String getReason() {
		return this.reason;
	}

	Instant getRemovedAt() {
		return this.removedAt;
	}

}
