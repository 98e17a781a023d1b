package org.newsportal.article;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An article as its page and {@code /api/articles/{slug}} show it: the card's fields plus
 * everyone it names, the editor's note, the sanitised HTML and the plain text.
 */
public record ArticleDetail(String slug, String url, String title, String subtitle, String kind, LocalDate date,
		String dayPart, List<Credit> bylines, List<String> people, String summary, String bulletin, String photoCredit,
		List<Mention> mentions, String html, String text, String kicker, String genre, SourceLine source,
		String editorsNote) {

	public ArticleDetail(String slug, String url, String title, String subtitle, String kind, LocalDate date,
			String dayPart, List<Credit> bylines, List<String> people, String summary, String bulletin,
			String photoCredit, List<Mention> mentions, String html, String text) {
		this(slug, url, title, subtitle, kind, date, dayPart, bylines, people, summary, bulletin, photoCredit, mentions,
				html, text, null, null, null, null);
	}

	@JsonIgnore
	public boolean isPhoto() {
		return "photo".equals(this.kind);
	}

	/** Whether the kicker says no more than the genre label, which is then shown once. */
	@JsonIgnore
	public boolean isKickerTheGenre() {
		return this.kicker != null && this.kicker.equals(this.genre);
	}

	static ArticleDetail of(Article article) {
		ArticleCard card = ArticleCard.of(article);
		return new ArticleDetail(card.slug(), card.url(), card.title(), card.subtitle(), card.kind(), card.date(),
				card.dayPart(), card.bylines(), card.people(), card.summary(), card.bulletin(), card.photoCredit(),
				List.copyOf(article.getPeople()), article.getHtml(), article.getText(), card.kicker(), card.genre(),
				card.source(), article.getEditorsNote());
	}

}
