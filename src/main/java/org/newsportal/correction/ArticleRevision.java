package org.newsportal.correction;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of an article: what an editor can change, and who made it, when and why.
 * The article is named by its bulletin and position, which survive a re-import.
 */
@Entity
@Table(name = "article_revision")
class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "bulletin_id", nullable = false)
	private long bulletinId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RevisionKind kind;

	private String note;

	@Column(name = "edited_by")
	private String editedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	private String subtitle;

	@Column(name = "item_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private String bylines;

	@Column(nullable = false)
	private String markdown;

	protected ArticleRevision() {
	}

	ArticleRevision(long bulletinId, int position, int number, RevisionKind kind, String note, String editedBy,
			Instant createdAt, ArticleVersion version) {
		this.bulletinId = bulletinId;
		this.position = position;
		this.number = number;
		this.kind = kind;
		this.note = note;
		this.editedBy = editedBy;
		this.createdAt = createdAt;
		this.slug = version.slug();
		this.title = version.title();
		this.subtitle = version.subtitle();
		this.date = version.date();
		this.bylines = version.bylines();
		this.markdown = version.markdown();
	}

	Long getId() {
		return this.id;
	}

	long getBulletinId() {
		return this.bulletinId;
	}

	int getPosition() {
		return this.position;
	}

	int getNumber() {
		return this.number;
	}

	RevisionKind getKind() {
		return this.kind;
	}

	String getNote() {
		return this.note;
	}

	String getEditedBy() {
		return this.editedBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	ArticleVersion version() {
		return new ArticleVersion(this.slug, this.title, this.subtitle, this.date, this.bylines, this.markdown);
	}

}
