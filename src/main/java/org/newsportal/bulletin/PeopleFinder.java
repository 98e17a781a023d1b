package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the people of one item with the recognisers that read its text alone
 * ({@link PresentPeople}, {@link TitledMentions}), and merges what all recognisers found,
 * {@link KnownNames} included, into one mention per name.
 */
final class PeopleFinder {

	private final PresentPeople present;

	private final TitledMentions titled;

	/**
	 * @param dropped receives the candidates that looked like names and were refused, for
	 * the import report
	 */
	PeopleFinder(List<String> dropped) {
		this.present = new PresentPeople(dropped);
		this.titled = new TitledMentions(dropped);
	}

	/** Everyone found in the text, unmerged; see {@link #merge(List)}. */
	List<FoundPerson> find(String text) {
		List<FoundPerson> found = new ArrayList<>(this.present.find(text));
		found.addAll(this.titled.find(text));
		return found;
	}

	/** Each name once, in order of first appearance, present if listed as present. */
	static List<PersonMention> merge(List<FoundPerson> found) {
		List<FoundPerson> ordered = new ArrayList<>(found);
		ordered.sort(Comparator.comparingInt(FoundPerson::offset));
		Map<String, PersonMention> byName = new LinkedHashMap<>();
		for (FoundPerson f : ordered) {
			PersonMention known = byName.get(f.name());
			if (known == null) {
				byName.put(f.name(), new PersonMention(f.name(), f.title(), f.present()));
				continue;
			}
			// the title a people-present line prints is the reliable one
			String title;
			if (known.present() && !f.present()) {
				title = (known.title() != null) ? known.title() : f.title();
			}
			else if (f.present() && !known.present()) {
				title = (f.title() != null) ? f.title() : known.title();
			}
			else {
				title = longer(known.title(), f.title());
			}
			byName.put(f.name(), new PersonMention(f.name(), title, known.present() || f.present()));
		}
		return new ArrayList<>(byName.values());
	}

	private static String longer(String a, String b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return (b.length() > a.length()) ? b : a;
	}

}
