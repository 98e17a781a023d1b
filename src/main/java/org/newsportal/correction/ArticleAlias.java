package org.newsportal.correction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An address an article had before: it answers 301 to the article's current one.
 */
@Entity
@Table(name = "article_alias")
class ArticleAlias {

	@Id
	private String slug;

	@Column(name = "bulletin_id", nullable = false)
	private long bulletinId;

	@Column(nullable = false)
	private int position;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ArticleAlias() {
	}

	ArticleAlias(String slug, long bulletinId, int position, Instant createdAt) {
		this.slug = slug;
		this.bulletinId = bulletinId;
		this.position = position;
		this.createdAt = createdAt;
	}

	String getSlug() {
		return this.slug;
	}

	long getBulletinId() {
		return this.bulletinId;
	}

	int getPosition() {
		return this.position;
	}

}
