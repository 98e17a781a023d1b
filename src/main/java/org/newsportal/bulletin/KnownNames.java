package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises bare mentions ({@code 吕沛逐一进行点评}) of names that the bulletin gives with a
 * title somewhere: once a page has printed {@code 党工委书记吕沛}, the same three characters
 * elsewhere on it are the same person. A name seen only bare is never taken.
 */
final class KnownNames {

	private static final int LONGEST = 4;

	private final Map<String, String> titles;

	private KnownNames(Map<String, String> titles) {
		this.titles = titles;
	}

	/**
	 * The names the other recognisers found with a title, each with the longest title
	 * printed for it anywhere in the bulletin.
	 */
	static KnownNames from(Collection<? extends Collection<FoundPerson>> foundPerItem) {
		Map<String, String> titles = new HashMap<>();
		for (Collection<FoundPerson> item : foundPerItem) {
			for (FoundPerson found : item) {
				if (found.title() != null) {
					titles.merge(found.name(), found.title(), (a, b) -> (b.length() > a.length()) ? b : a);
				}
			}
		}
		return new KnownNames(titles);
	}

	/** Bare mentions of the known names in the text, with the title known for each. */
	List<FoundPerson> find(String text) {
		List<FoundPerson> found = new ArrayList<>();
		if (this.titles.isEmpty()) {
			return found;
		}
		for (int i = 0; i < text.length(); i++) {
			if (!Surnames.startsWithSurname(text, i)) {
				continue;
			}
			for (int length = LONGEST; length >= 2; length--) {
				if (i + length > text.length()) {
					continue;
				}
				String name = text.substring(i, i + length);
				if (this.titles.containsKey(name) && PersonNames.endsName(text, i + length)) {
					found.add(new FoundPerson(i, name, this.titles.get(name), false));
					break;
				}
			}
		}
		return found;
	}

}
