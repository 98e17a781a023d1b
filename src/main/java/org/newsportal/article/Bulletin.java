package org.newsportal.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * One imported newspaper page (its text is kept in {@link BulletinSourcePart}s), and the
 * report of what the importer understood and repaired. Its articles go with it when it is
 * replaced or deleted.
 */
@Entity
@Table(name = "bulletin")
@BatchSize(size = 100)
public class Bulletin {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String name;

	@Column(name = "content_hash", nullable = false)
	private String contentHash;

	private String title;

	@Column(name = "issue_date")
	private LocalDate issueDate;

	private String source;

	@Column(nullable = false)
	private String charset;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "imported_by")
	private String importedBy;

	@Column(name = "item_count", nullable = false)
	private int itemCount;

	@Column(nullable = false)
	private String report;

	@Column(nullable = false)
	private long revision;

	/** Who made the page, as its furniture prints them ({@code 本版编辑：王五}). */
	@ElementCollection
	@CollectionTable(name = "bulletin_staff", joinColumns = @JoinColumn(name = "bulletin_id"))
	@OrderColumn(name = "position")
	private List<Credit> staff = new ArrayList<>();

	protected Bulletin() {
	}

	public Bulletin(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public String getSource() {
		return this.source;
	}

	public String getCharset() {
		return this.charset;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	public String getImportedBy() {
		return this.importedBy;
	}

	public int getItemCount() {
		return this.itemCount;
	}

	public String getReport() {
		return this.report;
	}

	/**
	 * Grows with every import or replacement of the bulletin, so other instances can see
	 * that their search index is behind.
	 */
	public long getRevision() {
		return this.revision;
	}

	public void setRevision(long revision) {
		this.revision = revision;
	}

	/**
	 * The page's staff, read inside a transaction; the pages read them through
	 * {@link BulletinRepository#findStaff(long)}.
	 */
	public List<Credit> getStaff() {
		return this.staff;
	}

	public void replaceStaff(List<Credit> staff) {
		this.staff.clear();
		this.staff.addAll(staff);
	}

	public void update(String contentHash, String title, LocalDate issueDate, String source, String charset,
			Instant importedAt, String importedBy, int itemCount, String report) {
		this.contentHash = contentHash;
		this.title = title;
		this.issueDate = issueDate;
		this.source = source;
		this.charset = charset;
		this.importedAt = importedAt;
		this.importedBy = importedBy;
		this.itemCount = itemCount;
		this.report = report;
	}

}
