package org.newsportal.correction;

import java.time.LocalDate;

import org.newsportal.article.Article;

/**
 * What an editor can change of an article, as a revision keeps it.
 *
 * @param bylines one credit a line, role first ({@code 记者 郭树勋})
 */
record ArticleVersion(String slug, String title, String subtitle, LocalDate date, String bylines, String markdown) {

	static ArticleVersion of(Article article) {
		return new ArticleVersion(article.getSlug(), article.getTitle(), article.getSubtitle(), article.getDate(),
				BylineText.format(article.getBylines()), article.getMarkdown());
	}

	/** The version as lines, for a diff: each field, then the body's lines. */
	java.util.List<String> lines() {
		java.util.List<String> lines = new java.util.ArrayList<>();
		lines.add("标题：" + this.title);
		lines.add("副标题：" + ((this.subtitle != null) ? this.subtitle : ""));
		lines.add("日期：" + this.date);
		lines.add("署名：" + this.bylines.replace('\n', '；'));
		lines.add("");
		lines.addAll(this.markdown.lines().toList());
		return lines;
	}

}
