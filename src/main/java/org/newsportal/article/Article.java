package org.newsportal.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.newsportal.bulletin.ItemKind;

/**
 * One item of a bulletin, stored as rendered at import: the Markdown source, the
 * sanitised HTML a reader sees and the plain text that search and feeds use.
 */
@Entity
@Table(name = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_id")
	@SequenceGenerator(name = "article_id", sequenceName = "article_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "bulletin_id")
	private Bulletin bulletin;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, unique = true)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemKind kind;

	@Column(nullable = false)
	private String title;

	private String subtitle;

	@Column(name = "item_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private boolean dated;

	@Column(name = "day_part")
	private String dayPart;

	private String summary;

	@Column(name = "photo_credit")
	private String photoCredit;

	private String kicker;

	private String genre;

	@Column(name = "source_agency")
	private String sourceAgency;

	@Column(name = "source_place")
	private String sourcePlace;

	@Column(name = "editors_note")
	private String editorsNote;

	@Column(nullable = false)
	private String markdown;

	@Column(nullable = false)
	private String html;

	@Column(name = "plain_text", nullable = false)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "modified_at")
	private Instant modifiedAt;

	@ElementCollection
	@CollectionTable(name = "article_byline", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<Credit> bylines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_person", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<Mention> people = new ArrayList<>();

	protected Article() {
	}

	public Article(Bulletin bulletin, int position, String slug, ItemKind kind, String title, String subtitle,
			LocalDate date, boolean dated, String dayPart, String summary, String photoCredit, String markdown,
			String html, String text, Instant createdAt, List<Credit> bylines, List<Mention> people) {
		this(bulletin, position, slug, kind, title, subtitle, date, dated, dayPart, summary, photoCredit, markdown,
				html, text, createdAt, bylines, people, Apparatus.NONE);
	}

	/**
	 * @param apparatus what the page prints around the item: kicker, genre, dateline
	 * source and editor's note
	 */
	public Article(Bulletin bulletin, int position, String slug, ItemKind kind, String title, String subtitle,
			LocalDate date, boolean dated, String dayPart, String summary, String photoCredit, String markdown,
			String html, String text, Instant createdAt, List<Credit> bylines, List<Mention> people,
			Apparatus apparatus) {
		this.kicker = apparatus.kicker();
		this.genre = apparatus.genre();
		this.sourceAgency = apparatus.sourceAgency();
		this.sourcePlace = apparatus.sourcePlace();
		this.editorsNote = apparatus.editorsNote();
		this.bulletin = bulletin;
		this.position = position;
		this.slug = slug;
		this.kind = kind;
		this.title = title;
		this.subtitle = subtitle;
		this.date = date;
		this.dated = dated;
		this.dayPart = dayPart;
		this.summary = summary;
		this.photoCredit = photoCredit;
		this.markdown = markdown;
		this.html = html;
		this.text = text;
		this.createdAt = createdAt;
		this.bylines = new ArrayList<>(bylines);
		this.people = new ArrayList<>(people);
	}

	public Long getId() {
		return this.id;
	}

	public Bulletin getBulletin() {
		return this.bulletin;
	}

	public int getPosition() {
		return this.position;
	}

	public String getSlug() {
		return this.slug;
	}

	public ItemKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSubtitle() {
		return this.subtitle;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public boolean isDated() {
		return this.dated;
	}

	public String getDayPart() {
		return this.dayPart;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getPhotoCredit() {
		return this.photoCredit;
	}

	/** The line above the headline (引题), or null. */
	public String getKicker() {
		return this.kicker;
	}

	/**
	 * The commentary genre the page labels the item with ({@code 短评}), or null for news.
	 */
	public String getGenre() {
		return this.genre;
	}

	/** The agency of the dateline ({@code 新华社}), or null for the paper itself. */
	public String getSourceAgency() {
		return this.sourceAgency;
	}

	/** The place of the dateline ({@code 北京}), or null. */
	public String getSourcePlace() {
		return this.sourcePlace;
	}

	/** The editor's note without its label, or null; the body keeps it as printed. */
	public String getEditorsNote() {
		return this.editorsNote;
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public String getHtml() {
		return this.html;
	}

	public String getText() {
		return this.text;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When an editor last changed the item since it was imported, or null. */
	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

	/** When what a reader sees of the item last changed: its edit, else its import. */
	public Instant getUpdatedAt() {
		return (this.modifiedAt != null) ? this.modifiedAt : this.createdAt;
	}

	/**
	 * Changes what an editor may correct. The summary the parser took from the old body
	 * is dropped when the body changes, so descriptions follow the new text.
	 */
	public void correct(String slug, String title, String subtitle, LocalDate date, String markdown, String html,
			String text, List<Credit> bylines, Instant modifiedAt) {
		if (!markdown.equals(this.markdown)) {
			this.summary = null;
		}
		this.slug = slug;
		this.title = title;
		this.subtitle = subtitle;
		this.date = date;
		this.markdown = markdown;
		this.html = html;
		this.text = text;
		this.bylines.clear();
		this.bylines.addAll(bylines);
		this.modifiedAt = modifiedAt;
	}

	public List<Credit> getBylines() {
		return this.bylines;
	}

	public List<Mention> getPeople() {
		return this.people;
	}

	/**
	 * What a page prints around an item besides headline, subtitle and bylines; every
	 * part may be null.
	 */
	public record Apparatus(String kicker, String genre, String sourceAgency, String sourcePlace, String editorsNote) {

		public static final Apparatus NONE = new Apparatus(null, null, null, null, null);

	}

}
