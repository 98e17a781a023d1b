package org.newsportal.article;

import java.time.LocalDate;

/**
 * How many items carry a date.
 */
public record DateCount(LocalDate date, long count) {

}
