package org.newsportal.article;

/**
 * What became of an address that is no article's current one: the article moved when an
 * edit changed its headline or date, or an editor deleted it. Kept by the corrections,
 * asked by the reader's page and the API, so that neither breaks a link.
 */
public interface FormerAddresses {

	/** {@link Redirection#UNKNOWN} when the address never was an article's. */
	Redirection resolve(String slug);

}
