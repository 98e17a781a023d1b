package org.newsportal.article;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a list shows of an article, and what the JSON API gives for each item.
 *
 * @param kind {@code article} or {@code photo}
 * @param people names of the people present
 * @param bulletin name of the bulletin the item came from
 * @param kicker the line above the headline (引题), or null
 * @param genre the commentary genre ({@code 短评}, {@code 评论员文章}), or null for news
 * @param source the agency and place of the dateline, or null
 */
public record ArticleCard(String slug, String url, String title, String subtitle, String kind, LocalDate date,
		String dayPart, List<Credit> bylines, List<String> people, String summary, String bulletin, String photoCredit,
		String kicker, String genre, SourceLine source) {

	public ArticleCard(String slug, String url, String title, String subtitle, String kind, LocalDate date,
			String dayPart, List<Credit> bylines, List<String> people, String summary, String bulletin,
			String photoCredit) {
		this(slug, url, title, subtitle, kind, date, dayPart, bylines, people, summary, bulletin, photoCredit, null,
				null, null);
	}

	@JsonIgnore
	public boolean isPhoto() {
		return "photo".equals(this.kind);
	}

	public static ArticleCard of(Article article) {
		return new ArticleCard(article.getSlug(), ArticleLinks.url(article.getSlug()), article.getTitle(),
				article.getSubtitle(), article.getKind().code(), article.getDate(), article.getDayPart(),
				List.copyOf(article.getBylines()),
				article.getPeople().stream().filter(Mention::present).map(Mention::name).toList(), article.getSummary(),
				article.getBulletin().getName(), article.getPhotoCredit(), article.getKicker(), article.getGenre(),
				SourceLine.of(article.getSourceAgency(), article.getSourcePlace()));
	}

}
