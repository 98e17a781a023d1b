package org.newsportal.bulletin;

import java.util.List;

/**
 * What the opening of an article says: {@code 本报讯（记者郭树勋）3月11日上午，…},
 * {@code 新华社北京5月6日电（记者 甲、乙）…} or {@code 本报讯 记者 某某 报道：5月7日下午，…}.
 *
 * @param leadStart index in the paragraph where the lead starts (after prefix and byline)
 * @param date the date of the dateline itself ({@code 5月6日电}) or else the one the lead
 * opens with, or null
 * @param vague the word the lead opens with instead of a date ({@code 近日}, {@code 日前}),
 * or null
 * @param bylines the reporters
 * @param source the agency and place, or null for a plain {@code 本报讯}
 */
record Dateline(int leadStart, Datelines.DatePart date, String vague, List<Byline> bylines, ItemSource source) {

	boolean hasDate() {
		return this.date != null;
	}

}
