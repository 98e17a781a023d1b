package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a bulletin, as the parser understood it.
 *
 * @param position 0-based order in the bulletin
 * @param kind article or photo
 * @param kicker the line printed above the headline (引题), or null
 * @param title the headline; for a photo, the first clause of its caption
 * @param subtitle the line under the headline (副题: a {@code ##} line or a {@code ——}
 * line), or null
 * @param genre the commentary genre the page labels the item with ({@code 短评},
 * {@code 评论员文章}, {@code 社论}, ...), or null for news
 * @param date the event date from the dateline, or the issue date when there is none
 * @param dated true when {@code date} came from the item's own dateline or lead
 * @param dayPart {@code 上午}, {@code 下午}, {@code 晚上}, ... as printed, or null
 * @param source the agency and place of the dateline ({@code 新华社北京电}), or null
 * @param bylines reporters and photographers, in the order printed
 * @param people people present and titled mentions, each name once
 * @param summary the lead: the first sentence of the dateline paragraph without its
 * {@code 本报讯（…）} prefix; for other items the first sentence of the body after any
 * editor's note and caption
 * @param editorsNote the editor's note ({@code 编者按}) without its label, or null; it stays
 * in the body as printed
 * @param markdown the body as Markdown, repaired paragraphs joined; headline, kicker,
 * subtitle, genre label and bylines printed apart from the text excluded
 * @param photoCredit the credit as printed ({@code 本报记者 付凯明 摄}), or null
 * @param line 1-based line where the item starts in the source
 */
public record ParsedItem(int position, ItemKind kind, String kicker, String title, String subtitle, String genre,
		LocalDate date, boolean dated, String dayPart, ItemSource source, List<Byline> bylines,
		List<PersonMention> people, String summary, String editorsNote, String markdown, String photoCredit, int line) {

	public ParsedItem {
		bylines = List.copyOf(bylines);
		people = List.copyOf(people);
	}

}
