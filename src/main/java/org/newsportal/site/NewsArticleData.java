package org.newsportal.site;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsportal.DatePatterns;
import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;
import org.newsportal.article.ArticleDetail;
import org.newsportal.article.Credit;
import org.newsportal.people.PeopleLinks;

/**
 * An article as a schema.org {@code NewsArticle}, for search engines and chat apps.
 * <p>
 * It is dated at the start of its day in the paper's time zone, as the feeds date it: the
 * bulletin gives a day and at most a part of it, never a time. The dateline is that day
 * and part of day as the paper prints them ({@code 2024年3月11日上午}); the bulletin names no
 * place.
 */
final class NewsArticleData {

	private static final DateTimeFormatter DATELINE = DatePatterns.SHORT;

	private final PortalProperties properties;

	private final SiteUrls urls;

	NewsArticleData(PortalProperties properties) {
		this.properties = properties;
		this.urls = new SiteUrls(properties);
	}

	String published(ArticleDetail article) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(article.date().atStartOfDay(this.properties.timeZone()).toOffsetDateTime());
	}

	Map<String, Object> of(ArticleDetail article, String canonical, String description) {
		Map<String, Object> publisher = new LinkedHashMap<>();
		publisher.put("@type", "NewsMediaOrganization");
		publisher.put("name", this.properties.siteName());
		publisher.put("url", this.urls.absolute("/"));

		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("headline", article.title());
		if (article.subtitle() != null) {
			data.put("alternativeHeadline", article.subtitle());
		}
		data.put("description", description);
		data.put("datePublished", published(article));
		data.put("dateline", DATELINE.format(article.date()) + ((article.dayPart() != null) ? article.dayPart() : ""));
		data.put("inLanguage", "zh-CN");
		data.put("url", canonical);
		data.put("mainEntityOfPage", canonical);
		List<Map<String, Object>> authors = authors(article.bylines());
		// An item without a byline (commentary) is the paper's own
		data.put("author", authors.isEmpty() ? List.of(publisher) : authors);
		data.put("publisher", publisher);
		data.put("isAccessibleForFree", true);
		return data;
	}

	private List<Map<String, Object>> authors(List<Credit> bylines) {
		Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
		for (Credit credit : bylines) {
			byName.computeIfAbsent(credit.name(), (name) -> {
				Map<String, Object> person = new LinkedHashMap<>();
				person.put("@type", "Person");
				person.put("name", name);
				person.put("jobTitle", credit.role());
				person.put("url", this.urls.absolute(PeopleLinks.reporter(name)));
				return person;
			});
		}
		return new ArrayList<>(byName.values());
	}

}
