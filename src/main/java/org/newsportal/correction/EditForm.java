package org.newsportal.correction;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The edit form: what may change, and the required note of what changed and why.
 */
public class EditForm {

	@NotBlank(message = "{correction.title.required}")
	@Size(max = 500, message = "{correction.title.size}")
	private String title;

	@Size(max = 500, message = "{correction.subtitle.size}")
	private String subtitle;

	@NotNull(message = "{correction.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@Size(max = 2000, message = "{correction.bylines.size}")
	private String bylines;

	@NotBlank(message = "{correction.markdown.required}")
	@Size(max = 100_000, message = "{correction.markdown.size}")
	private String markdown;

	@NotBlank(message = "{correction.note.required}")
	@Size(max = 1000, message = "{correction.note.size}")
	private String note;

	@NotNull(message = "{correction.kind.required}")
	private Visibility visibility;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSubtitle() {
		return this.subtitle;
	}

	public void setSubtitle(String subtitle) {
		this.subtitle = subtitle;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getBylines() {
		return this.bylines;
	}

	public void setBylines(String bylines) {
		this.bylines = bylines;
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public void setMarkdown(String markdown) {
		this.markdown = markdown;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	static EditForm of(ArticleVersion version) {
		EditForm form = new EditForm();
		form.title = version.title();
		form.subtitle = version.subtitle();
		form.date = version.date();
		form.bylines = version.bylines();
		form.markdown = version.markdown();
		return form;
	}

	/** Whether readers are told: a correction (更正) or a silent fix. */
	public enum Visibility {

		CORRECTION, FIX

	}

}
