package org.newsportal.seo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day page and when the last of its items was imported.
 */
record DayStamped(LocalDate date, Instant modified) {

}
