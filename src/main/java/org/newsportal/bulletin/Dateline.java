package org.newsportal.bulletin;

import java.util.List;

/**
 * What the opening of an article says: {@code 本报讯（记者郭树勋）3月11日上午，…}.
 *
 * @param leadStart index in the paragraph where the lead starts (after prefix and byline)
 * @param year the year when printed, else null
 * @param month 1-12, or 0 when the dateline gives no date
 * @param day 1-31, or 0
 * @param dayPart {@code 上午} etc., or null
 * @param bylines the reporters
 */
record Dateline(int leadStart, Integer year, int month, int day, String dayPart, List<Byline> bylines) {

	boolean hasDate() {
		return this.month > 0;
	}

}
