package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a bulletin, as the parser understood it.
 *
 * @param position 0-based order in the bulletin
 * @param kind article or photo
 * @param title the headline; for a photo, the first clause of its caption
 * @param subtitle the {@code ##} line directly under the headline, or null
 * @param date the event date from the dateline, or the issue date when there is none
 * @param dated true when {@code date} came from the item's own dateline
 * @param dayPart {@code 上午}, {@code 下午}, {@code 晚上}, ... as printed, or null
 * @param bylines reporters and photographers, in the order printed
 * @param people people present and titled mentions, each name once
 * @param summary the lead: the first sentence of the dateline paragraph without its
 * {@code 本报讯（…）} prefix; for other items the first sentence of the body
 * @param markdown the body as Markdown, repaired paragraphs joined, headline and subtitle
 * excluded
 * @param photoCredit the credit as printed ({@code 本报记者 付凯明 摄}), or null
 * @param line 1-based line where the item starts in the source
 */
public record ParsedItem(int position, ItemKind kind, String title, String subtitle, LocalDate date, boolean dated,
		String dayPart, List<Byline> bylines, List<PersonMention> people, String summary, String markdown,
		String photoCredit, int line) {

	public ParsedItem {
		bylines = List.copyOf(bylines);
		people = List.copyOf(people);
	}

}
