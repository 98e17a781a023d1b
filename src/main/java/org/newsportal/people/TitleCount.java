package org.newsportal.people;

/**
 * How many items give a person one title.
 */
record TitleCount(String name, String title, long count) {

}
