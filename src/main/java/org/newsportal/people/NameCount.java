package org.newsportal.people;

/**
 * A name and the number of items that carry it.
 */
record NameCount(String name, long count) {

}
