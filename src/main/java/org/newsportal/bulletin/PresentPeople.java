package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises sentences that list the people present at an event: {@code 高新区领导古冰涛、郑侃参加会议。}
 * or {@code 市长蔡建中，科技学院党委书记、院长欧阳立群出席签约仪式并致辞。}. Only a short sentence that ends with such a
 * verb phrase is read; a name in it is taken on the word of the title before it or of a
 * known surname.
 */
final class PresentPeople {

	private static final List<String> PRESENT_VERBS = List.of("参加", "出席", "陪同", "参与");

	private static final WordList PRESENT_OBJECTS = new WordList("会议", "座谈会", "会谈", "座谈", "活动", "仪式", "调研", "会见", "典礼",
			"大会", "开幕式", "闭幕式", "论坛", "考察", "检查", "慰问", "研讨会", "发布会", "推进会", "签约仪式", "开工仪式", "揭牌仪式", "启动仪式", "颁奖仪式",
			"签约", "培训", "观摩", "晚会", "会", "调度会", "现场会", "协调会", "汇报会", "见面会", "恳谈会");

	private static final List<String> PRESENT_TAILS = List.of("并讲话", "并致辞", "并发言", "并作讲话", "并讲课", "");

	/** What closes a list: {@code 甲、乙等参加活动}, {@code 甲、乙等领导出席}. */
	private static final List<String> ETC = List.of("等领导同志", "等负责同志", "等领导", "等同志", "等人", "等");

	/** An event named between the verb and 的 ({@code 出席签约仪式的有}) is short. */
	private static final int MAX_EVENT = 8;

	/** Compiled once: {@code String.split} compiles a character class on every call. */
	private static final Pattern COMMAS = Pattern.compile("[，,]");

	private static final Pattern NAME_JOINERS = Pattern.compile("[和及与]");

	/** A people-present sentence is short; longer ones are prose and are not read. */
	static final int MAX_SENTENCE = 300;

	private final List<String> dropped;

	/**
	 * @param dropped receives the candidates that looked like names and were refused, for
	 * the import report
	 */
	PresentPeople(List<String> dropped) {
		this.dropped = dropped;
	}

	/** True when the paragraph is one sentence listing people who were present. */
	static boolean isPresentLine(String paragraph) {
		String s = ChineseText.strip(paragraph);
		if (s.isEmpty() || s.length() > MAX_SENTENCE || !s.endsWith("。")) {
			return false;
		}
		for (int i = 0; i < s.length() - 1; i++) {
			char c = s.charAt(i);
			if (c == '。' || c == '！' || c == '？' || c == '\n') {
				return false;
			}
		}
		return !new PresentPeople(new ArrayList<>()).in(s, 0).isEmpty();
	}

	/**
	 * The people every short sentence of the text lists as present; the last words of the
	 * text may lack their full stop.
	 */
	List<FoundPerson> find(String text) {
		List<FoundPerson> found = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean end = c == '。' || c == '！' || c == '？' || c == '\n';
			boolean last = i == text.length() - 1;
			if (end || last) {
				int stop = end ? i + 1 : text.length();
				if (stop - start <= MAX_SENTENCE && (c == '。' || (last && !end))) {
					found.addAll(in(text.substring(start, stop), start, c != '。'));
				}
				start = stop;
			}
		}
		return found;
	}

	/** True when the last words of an item list people present without a full stop. */
	static boolean isUnterminatedPresentLine(String paragraph) {
		String s = ChineseText.strip(paragraph);
		return !s.isEmpty() && s.length() <= MAX_SENTENCE && s.indexOf('\n') < 0 && s.indexOf('。') < 0
				&& !new PresentPeople(new ArrayList<>()).in(s, 0, true).isEmpty();
	}

	/**
	 * People listed by a sentence such as {@code 区领导杨有军、高鸿出席会议。} or
	 * {@code 出席会议的有县领导甲、乙。}, else empty.
	 */
	List<FoundPerson> in(String sentence, int offset) {
		return in(sentence, offset, false);
	}

	/**
	 * @param unterminated whether the sentence may lack its full stop: the last words of
	 * an item ({@code 县领导甲、乙出席})
	 */
	List<FoundPerson> in(String sentence, int offset, boolean unterminated) {
		String s = ChineseText.strip(sentence);
		if (s.endsWith("。")) {
			s = s.substring(0, s.length() - 1);
		}
		else if (!unterminated || s.isEmpty() || ChineseText.isSentenceEnd(s.charAt(s.length() - 1))) {
			return List.of();
		}
		int leadOffset = offset + ChineseText.skipSpaces(sentence, 0);
		String list;
		int listStart = listAfterPhrase(s);
		if (listStart > 0) {
			list = s.substring(listStart);
			leadOffset += listStart;
		}
		else {
			int verbAt = presentVerb(s);
			if (verbAt <= 0) {
				return List.of();
			}
			list = s.substring(0, verbAt);
		}
		list = ChineseText.strip(list);
		for (String etc : ETC) {
			if (list.endsWith(etc) && list.length() > etc.length()) {
				list = list.substring(0, list.length() - etc.length());
				break;
			}
		}
		List<FoundPerson> people = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		int groupOffset = leadOffset;
		String previousTitle = null;
		for (String group : COMMAS.split(list, -1)) {
			int before = people.size();
			if (!readGroup(group, groupOffset, previousTitle, people, refused)) {
				this.dropped.addAll(refused);
				return List.of();
			}
			previousTitle = (people.size() > before) ? people.get(people.size() - 1).title() : previousTitle;
			groupOffset += group.length() + 1;
		}
		return people;
	}

	/**
	 * Where the list starts after {@code 出席会议的有}, {@code 参加活动的领导还有：} and the like, or -1.
	 */
	private static int listAfterPhrase(String s) {
		for (String verb : PRESENT_VERBS) {
			if (!s.startsWith(verb)) {
				continue;
			}
			int of = s.indexOf('的', verb.length());
			if (of < 0 || of > verb.length() + MAX_EVENT) {
				return -1;
			}
			String object = s.substring(verb.length(), of);
			if (!object.isEmpty() && !PRESENT_OBJECTS.contains(object) && !isEventWord(object)) {
				return -1;
			}
			int i = of + 1;
			for (String who : List.of("领导", "嘉宾", "人员", "同志")) {
				if (s.startsWith(who, i)) {
					i += who.length();
					break;
				}
			}
			if (s.startsWith("还", i)) {
				i++;
			}
			if (!s.startsWith("有", i)) {
				return -1;
			}
			i++;
			if (i < s.length() && (s.charAt(i) == '：' || s.charAt(i) == ':')) {
				i++;
			}
			return (i < s.length()) ? i : -1;
		}
		return -1;
	}

	private static int presentVerb(String s) {
		for (String verb : PRESENT_VERBS) {
			int at = s.lastIndexOf(verb);
			if (at < 0) {
				continue;
			}
			String after = s.substring(at + verb.length());
			for (String tail : PRESENT_TAILS) {
				if (!after.endsWith(tail)) {
					continue;
				}
				String object = after.substring(0, after.length() - tail.length());
				if (object.isEmpty() || PRESENT_OBJECTS.contains(object) || isEventWord(object)) {
					return at;
				}
			}
		}
		return -1;
	}

	/** {@code 验收会}, {@code 揭牌仪式}, {@code 义诊活动}: a short event name. */
	private static boolean isEventWord(String object) {
		if (object.length() > 6) {
			return false;
		}
		for (int i = 0; i < object.length(); i++) {
			if (!ChineseText.isHan(object.charAt(i))) {
				return false;
			}
		}
		return object.endsWith("会") || object.endsWith("仪式") || object.endsWith("活动");
	}

	/**
	 * One comma-separated group: title-only segments ({@code 中国银行焦作分行党委书记}) attach to the
	 * next name, and a bare name takes the title of the group, or the collective title of
	 * the group before.
	 */
	private boolean readGroup(String group, int offset, String previousTitle, List<FoundPerson> people,
			List<String> refused) {
		String pending = null;
		// 市领导甲，乙: a collective title (…领导) goes on across the comma
		String groupTitle = (previousTitle != null && previousTitle.endsWith("领导")) ? previousTitle : null;
		int segmentOffset = offset;
		boolean any = false;
		for (String raw : splitSegments(group)) {
			String segment = ChineseText.strip(raw);
			int at = segmentOffset;
			segmentOffset += raw.length() + 1;
			if (segment.isEmpty()) {
				return false;
			}
			int titleEnd = PersonNames.lastTitleEnd(segment);
			String titlePart = segment.substring(0, titleEnd);
			String rest = segment.substring(titleEnd);
			if (rest.isEmpty()) {
				pending = (pending == null) ? titlePart : pending + "、" + titlePart;
				continue;
			}
			String title;
			if (!titlePart.isEmpty()) {
				title = (pending == null) ? titlePart : pending + "、" + titlePart;
				groupTitle = title;
			}
			else {
				title = (pending != null) ? pending : groupTitle;
			}
			pending = null;
			List<String> names = splitNames(rest, title == null, refused);
			if (names == null) {
				return false;
			}
			for (String name : names) {
				people.add(new FoundPerson(at, name, title, true));
				any = true;
			}
		}
		return any || pending != null;
	}

	/**
	 * Splits on {@code 、}, and on {@code 和}/{@code 及}/{@code 与} where the words before
	 * end with a person ({@code 副院长梁晓东和市科技局局长卢振华}) but not inside an organisation
	 * ({@code 市住房和城乡建设局}).
	 */
	private static List<String> splitSegments(String group) {
		List<String> segments = new ArrayList<>();
		for (String raw : group.split("、", -1)) {
			int start = 0;
			for (int k = 0; k < raw.length(); k++) {
				char c = raw.charAt(k);
				if ((c == '和' || c == '及' || c == '与') && endsWithPerson(raw.substring(start, k))) {
					segments.add(raw.substring(start, k));
					start = k + 1;
				}
			}
			segments.add(raw.substring(start));
		}
		return segments;
	}

	private static boolean endsWithPerson(String text) {
		String s = ChineseText.strip(text);
		int titleEnd = PersonNames.lastTitleEnd(s);
		return titleEnd < s.length() && PersonNames.isName(s.substring(titleEnd), titleEnd == 0, new ArrayList<>());
	}

	private static List<String> splitNames(String rest, boolean needSurname, List<String> refused) {
		if (PersonNames.isName(rest, needSurname, refused)) {
			return List.of(rest);
		}
		List<String> names = new ArrayList<>();
		for (String part : NAME_JOINERS.split(rest, -1)) {
			if (!PersonNames.isName(part, needSurname, refused)) {
				return null;
			}
			names.add(part);
		}
		return (names.size() > 1) ? names : null;
	}

}
