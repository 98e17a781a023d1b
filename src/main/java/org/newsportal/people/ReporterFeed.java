package org.newsportal.people;

/**
 * The link a reporter's page gives to their own feed, beside the site's feeds.
 */
public record ReporterFeed(String title, String href) {

}
