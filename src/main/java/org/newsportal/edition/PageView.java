package org.newsportal.edition;

import java.util.List;

import org.newsportal.article.ArticleCard;

/**
 * One printed page: its items in page order, its staff, its files and the way to the
 * pages and issues around it.
 *
 * @param editionName the edition's name as readers see it
 * @param staff the page's staff (本版编辑 …); see {@link Editions#page}
 * @param pages every page of the issue, for the page list
 * @param previousPage the page before in the issue, or null
 * @param nextPage likewise
 * @param previousIssue the edition's issue before, its first page, or null
 * @param nextIssue likewise
 */
public record PageView(PageLink page, String editionName, List<ArticleCard> items, List<PageStaff> staff,
		PageFileLink pdf, PageFileLink image, String thumbnail, List<PageLink> pages, PageLink previousPage,
		PageLink nextPage, PageLink previousIssue, PageLink nextIssue) {

	public PageView {
		items = List.copyOf(items);
		staff = List.copyOf(staff);
		pages = List.copyOf(pages);
	}

	public String issueUrl() {
		return IssueLinks.issue(this.page.date());
	}

}
