package org.newsportal.site;

import java.time.LocalDate;
import java.util.List;

import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleDetail;
import org.newsportal.article.ArticleLinks;
import org.newsportal.article.Credit;
import org.newsportal.article.Mention;

/**
 * Articles as the service hands them out, shaped like the seed bulletin's items.
 */
final class Cards {

	static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);

	static final LocalDate MARCH_6 = LocalDate.of(2024, 3, 6);

	static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

	private Cards() {
	}

	static ArticleCard article(String slug, String title, LocalDate date, Credit... bylines) {
		return new ArticleCard(slug, ArticleLinks.url(slug), title, null, "article", date, "上午", List.of(bylines),
				List.of(), title + "的摘要。", "000_seed.txt", null);
	}

	static ArticleCard photo(String slug, String caption, LocalDate date) {
		return new ArticleCard(slug, ArticleLinks.url(slug), caption, null, "photo", date, null, List.of(), List.of(),
				caption + "，市民在公园里赏花。", "000_seed.txt", "本报记者 付凯明 摄");
	}

	static ArticleDetail detail(ArticleCard card, List<Mention> mentions, String html) {
		return new ArticleDetail(card.slug(), card.url(), card.title(), card.subtitle(), card.kind(), card.date(),
				card.dayPart(), card.bylines(), mentions.stream().filter(Mention::present).map(Mention::name).toList(),
				card.summary(), card.bulletin(), card.photoCredit(), mentions, html, "正文");
	}

	static Credit reporter(String name) {
		return new Credit(name, "记者");
	}

}
