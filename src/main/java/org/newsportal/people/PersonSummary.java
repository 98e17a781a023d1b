package org.newsportal.people;

import java.util.List;

/**
 * A person in the list: the titles the bulletins give them, most frequent first, and the
 * number of items that name them.
 */
public record PersonSummary(String name, long total, List<String> titles, String url) {

}
