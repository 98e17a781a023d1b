package org.newsportal.article;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An article as its page and {@code /api/articles/{slug}} show it: the card's fields plus
 * everyone it names, the sanitised HTML and the plain text.
 */
public record ArticleDetail(String slug, String url, String title, String subtitle, String kind, LocalDate date,
		String dayPart, List<Credit> bylines, List<String> people, String summary, String bulletin, String photoCredit,
		List<Mention> mentions, String html, String text) {

	@JsonIgnore
	public boolean isPhoto() {
		return "photo".equals(this.kind);
	}

	static ArticleDetail of(Article article) {
		ArticleCard card = ArticleCard.of(article);
		return new ArticleDetail(card.slug(), card.url(), card.title(), card.subtitle(), card.kind(), card.date(),
				card.dayPart(), card.bylines(), card.people(), card.summary(), card.bulletin(), card.photoCredit(),
				List.copyOf(article.getPeople()), article.getHtml(), article.getText());
	}

}
