package org.newsportal.edition;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where one bulletin was printed: its edition, issue date and page. Keyed by the
 * bulletin, which is the page; it goes when the bulletin goes.
 */
@Entity
@Table(name = "printed_page")
public class PrintedPage {

	@Id
	@Column(name = "bulletin_id")
	private Long bulletinId;

	@Column(nullable = false)
	private String edition;

	@Column(name = "issue_date", nullable = false)
	private LocalDate issueDate;

	@Column(name = "page_section", nullable = false)
	private String section;

	@Column(name = "page_number", nullable = false)
	private int number;

	@Column(name = "page_name")
	private String pageName;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_from", nullable = false)
	private PlacementSource dateFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "page_from", nullable = false)
	private PlacementSource pageFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "name_from")
	private PlacementSource nameFrom;

	protected PrintedPage() {
	}

	PrintedPage(Long bulletinId) {
		this.bulletinId = bulletinId;
	}

	void place(Placement placement) {
		this.edition = placement.edition();
		this.issueDate = placement.date();
		this.section = placement.page().section();
		this.number = placement.page().number();
		this.pageName = placement.pageName();
		this.dateFrom = placement.dateFrom();
		this.pageFrom = placement.pageFrom();
		this.nameFrom = placement.pageNameFrom();
	}

	public Long getBulletinId() {
		return this.bulletinId;
	}

	public String getEdition() {
		return this.edition;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public PageLabel getLabel() {
		return new PageLabel(this.section, this.number);
	}

	public String getPageName() {
		return this.pageName;
	}

	public PlacementSource getDateFrom() {
		return this.dateFrom;
	}

	public PlacementSource getPageFrom() {
		return this.pageFrom;
	}

	public PlacementSource getNameFrom() {
		return this.nameFrom;
	}

}
