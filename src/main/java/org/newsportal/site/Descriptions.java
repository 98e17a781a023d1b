package org.newsportal.site;

import org.newsportal.article.ArticleDetail;

/**
 * Meta descriptions: search engines show about 80 Chinese characters, so longer text is
 * cut at a sentence or clause where one falls near the limit.
 */
final class Descriptions {

	static final int MAX = 120;

	private Descriptions() {
	}

	static String of(ArticleDetail article) {
		String text = (article.summary() != null && !article.summary().isBlank()) ? article.summary() : article.text();
		return cut((text != null && !text.isBlank()) ? text : article.title());
	}

	static String cut(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= MAX) {
			return flat;
		}
		int end = MAX;
		for (int i = MAX - 1; i > MAX / 2; i--) {
			if ("。；！？，、".indexOf(flat.charAt(i)) >= 0) {
				end = i;
				break;
			}
		}
		if (Character.isHighSurrogate(flat.charAt(end - 1))) {
			end--;
		}
		return flat.substring(0, end) + "……";
	}

}
