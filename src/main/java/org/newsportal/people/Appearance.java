package org.newsportal.people;

import java.time.LocalDate;

import org.newsportal.article.ArticleLinks;
import org.newsportal.bulletin.ItemKind;

/**
 * An item that names a person: whether it lists them as present or only mentions them,
 * and the title it gives them there.
 *
 * @param kind {@code article} or {@code photo}
 * @param personTitle the title the item gives the person, or null
 */
public record Appearance(String slug, String url, String title, String kind, LocalDate date, boolean present,
		String personTitle) {

	// What the grouping query hands over: present comes as the max of a 0/1 flag
	Appearance(String slug, String title, ItemKind kind, LocalDate date, Integer present, String personTitle) {
		this(slug, ArticleLinks.url(slug), title, kind.code(), date, present != null && present > 0, personTitle);
	}

}
