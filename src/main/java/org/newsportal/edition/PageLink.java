package org.newsportal.edition;

import java.time.LocalDate;

/**
 * A page as a link: {@code 第02版：要闻}.
 */
public record PageLink(String edition, LocalDate date, PageLabel label, String pageName, String url) {

	static PageLink of(PrintedPage page) {
		return new PageLink(page.getEdition(), page.getIssueDate(), page.getLabel(), page.getPageName(),
				IssueLinks.page(page.getEdition(), page.getIssueDate(), page.getLabel()));
	}

	/** {@code 第02版：要闻}, or {@code 第02版}. */
	public String title() {
		return (this.pageName != null) ? this.label.printed() + "：" + this.pageName : this.label.printed();
	}

	public String code() {
		return this.label.code();
	}

	/** The page's other issues, by its name; null for a page without one. */
	public String namedUrl() {
		return (this.pageName != null) ? IssueLinks.pageName(this.pageName) : null;
	}

}
