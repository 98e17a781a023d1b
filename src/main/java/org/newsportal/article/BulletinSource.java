package org.newsportal.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The text of a bulletin as the editor gave it, kept apart from the bulletin's row: it is
 * read only to import the bulletin again, and a page can be megabytes long.
 */
@Entity
@Table(name = "bulletin_source")
public class BulletinSource {

	@Id
	@Column(name = "bulletin_id")
	private Long bulletinId;

	@Column(name = "source_text", nullable = false)
	private String text;

	protected BulletinSource() {
	}

	public BulletinSource(long bulletinId, String text) {
		this.bulletinId = bulletinId;
		this.text = text;
	}

	public Long getBulletinId() {
		return this.bulletinId;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
