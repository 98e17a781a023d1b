package org.newsportal.people;

import java.util.List;

import org.newsportal.ResultPage;

/**
 * A person's page: their titles, most frequent first, and one page of the items that name
 * them, newest first.
 */
public record Person(String name, long total, List<String> titles, ResultPage<Appearance> items) {

}
