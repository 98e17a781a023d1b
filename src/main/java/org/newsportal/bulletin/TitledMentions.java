package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises people named with a title anywhere in the text: {@code 管委会主任官卫红},
 * {@code 市政协副主席、高新区（示范区）党工委书记吕沛}. A title word directly followed by a name that starts
 * with a known surname and ends where a delimiter or a verb starts; the title is read
 * back to the start of its clause.
 */
final class TitledMentions {

	/** An organisation prefix before a title is short; longer text is a sentence. */
	private static final int MAX_TITLE = 40;

	private final List<String> dropped;

	/**
	 * @param dropped receives the candidates that looked like names and were refused, for
	 * the import report
	 */
	TitledMentions(List<String> dropped) {
		this.dropped = dropped;
	}

	/** Every title word directly followed by a name, with the title as printed. */
	List<FoundPerson> find(String text) {
		List<FoundPerson> found = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			String word = ChineseText.isHan(text.charAt(i)) ? PersonNames.TITLE_WORDS.at(text, i) : null;
			if (word == null) {
				i++;
				continue;
			}
			int nameStart = i + word.length();
			String name = nameAt(text, nameStart);
			if (name != null) {
				found.add(new FoundPerson(nameStart, name, titleBefore(text, i, nameStart), false));
				i = nameStart + name.length();
			}
			else {
				i = nameStart;
			}
		}
		return found;
	}

	/**
	 * The name starting at {@code at}: 3 characters, else 2 (4 after a compound surname),
	 * chosen by what follows it.
	 */
	private String nameAt(String text, int at) {
		if (!Surnames.startsWithSurname(text, at)) {
			return null;
		}
		List<String> refused = new ArrayList<>();
		if (Surnames.startsWithCompound(text, at)) {
			for (int length = 4; length >= 3; length--) {
				if (fits(text, at, length, refused)) {
					return text.substring(at, at + length);
				}
			}
			this.dropped.addAll(refused);
			return null;
		}
		boolean three = fits(text, at, 3, refused);
		boolean two = fits(text, at, 2, refused);
		String name = null;
		if (three && two) {
			// "王明在对…": the third character itself starts a following word
			name = (PersonNames.STARTERS.at(text, at + 2) != null) ? text.substring(at, at + 2)
					: text.substring(at, at + 3);
		}
		else if (three) {
			name = text.substring(at, at + 3);
		}
		else if (two) {
			name = text.substring(at, at + 2);
		}
		if (name == null) {
			this.dropped.addAll(refused);
		}
		return name;
	}

	private static boolean fits(String text, int at, int length, List<String> refused) {
		if (at + length > text.length() || !PersonNames.endsName(text, at + length)) {
			return false;
		}
		return PersonNames.isName(text.substring(at, at + length), true, refused);
	}

	/**
	 * The title as printed before a name: back to the previous delimiter, across
	 * {@code 、} when the part before is itself a title ({@code 党工委副书记、管委会主任}).
	 */
	static String titleBefore(String text, int titleWordStart, int nameStart) {
		int start = organisationStart(text, titleWordStart);
		while (start >= 2 && text.charAt(start - 1) == '、') {
			int previousEnd = start - 1;
			int previousStart = organisationStart(text, previousEnd);
			String previous = text.substring(previousStart, previousEnd);
			if (previous.isEmpty() || PersonNames.lastTitleEnd(previous) != previous.length()
					|| nameStart - previousStart > MAX_TITLE) {
				break;
			}
			start = previousStart;
		}
		return text.substring(start, nameStart);
	}

	/** Start of the organisation words before {@code at}, within one clause. */
	private static int organisationStart(String text, int at) {
		int depth = 0;
		int outerClose = -1;
		int k = at;
		while (k > 0 && at - k < MAX_TITLE) {
			char c = text.charAt(k - 1);
			if (c == '）' || c == ')') {
				if (depth == 0) {
					outerClose = k - 1;
				}
				depth++;
			}
			else if (c == '（' || c == '(') {
				if (depth == 0) {
					break;
				}
				depth--;
			}
			else if ("，。；：、！？“”\"'《》,;:!?\n \t\u3000".indexOf(c) >= 0) {
				break;
			}
			else if ("由在向对为是被请把将让给从据经和与及".indexOf(c) >= 0 && depth == 0 && !isInsideOrganisation(text, k - 1)) {
				break;
			}
			else if (c == '的' && depth == 0) {
				// 出席会议的有县领导甲: the title starts after 的有 / 的还有
				if (text.startsWith("还有", k)) {
					k += 2;
				}
				else if (text.startsWith("有", k)) {
					k += 1;
				}
				break;
			}
			k--;
		}
		if (at - k >= MAX_TITLE) {
			return at;
		}
		// "（记者 桑远航）编辑部主任": a bracket closed before the title without its opening
		// in the clause ends the clause
		return (depth > 0) ? outerClose + 1 : k;
	}

	/** {@code 住房和城乡建设局}: a 和 between two organisation words is part of the name. */
	private static boolean isInsideOrganisation(String text, int at) {
		if (text.charAt(at) != '和' || at == 0 || at + 1 >= text.length() || !ChineseText.isHan(text.charAt(at - 1))
				|| !ChineseText.isHan(text.charAt(at + 1)) || Surnames.startsWithSurname(text, at + 1)) {
			return false;
		}
		// "副院长梁晓东和市科技局局长": the words before 和 end with a person
		String before = text.substring(Math.max(0, at - MAX_TITLE), at);
		int titleEnd = PersonNames.lastTitleEnd(before);
		int nameLength = before.length() - titleEnd;
		return titleEnd == 0 || nameLength < 2 || nameLength > 3 || !Surnames.startsWithSurname(before, titleEnd);
	}

}
