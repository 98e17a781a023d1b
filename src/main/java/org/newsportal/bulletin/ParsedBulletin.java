package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of parsing one bulletin: its items in order, the repairs made to the text
 * and the findings worth an editor's attention.
 *
 * @param frontMatter the YAML block, or {@link FrontMatter#NONE}
 * @param issueDate the issue date used to complete datelines (from the options, else the
 * front matter), or null
 * @param items the items, in bulletin order
 * @param repairs every paragraph joined again
 * @param findings warnings and dropped candidates
 * @param staff who made the page, as its furniture lines print them, in page order
 */
public record ParsedBulletin(FrontMatter frontMatter, LocalDate issueDate, List<ParsedItem> items, List<Repair> repairs,
		List<Finding> findings, List<PageStaff> staff) {

	public ParsedBulletin {
		items = List.copyOf(items);
		repairs = List.copyOf(repairs);
		findings = List.copyOf(findings);
		staff = List.copyOf(staff);
	}

}
