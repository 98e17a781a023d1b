package org.newsportal.site;

import java.util.ArrayList;
import java.util.List;

import org.newsportal.article.Credit;
import org.newsportal.people.PeopleLinks;

/**
 * A photo credit as printed ({@code 本报记者 付凯明 见习记者 马雅宁 摄}), cut into its words and the
 * photographers' names, each name linked to the photographer's page.
 */
record CreditLine(List<Part> parts) {

	/** Words of the credit, with the address of the photographer they name, or null. */
	record Part(String text, String href) {

	}

	static CreditLine of(String credit, List<Credit> bylines) {
		List<Part> parts = new ArrayList<>();
		if (credit == null) {
			return new CreditLine(parts);
		}
		int from = 0;
		while (from < credit.length()) {
			int at = -1;
			String name = null;
			for (Credit byline : bylines) {
				int found = credit.indexOf(byline.name(), from);
				if (!byline.name().isEmpty() && found >= 0 && (at < 0 || found < at)) {
					at = found;
					name = byline.name();
				}
			}
			if (name == null) {
				parts.add(new Part(credit.substring(from), null));
				break;
			}
			if (at > from) {
				parts.add(new Part(credit.substring(from, at), null));
			}
			parts.add(new Part(name, PeopleLinks.reporter(name)));
			from = at + name.length();
		}
		return new CreditLine(parts);
	}

}
