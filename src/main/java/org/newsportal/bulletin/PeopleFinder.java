package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds people in an item: those a closing line lists as present
 * ({@code 高新区领导古冰涛、郑侃参加会议。}) and those named with a title ({@code 党工委书记吕沛}). Chinese has
 * no spaces, so a name is only taken where the structure around it is clear; missing a
 * person is better than inventing one.
 */
final class PeopleFinder {

	/** Longest first, so that {@code 副书记} wins over {@code 书记}. */
	static final WordList TITLE_WORDS = new WordList("领导", "书记", "副书记", "第一书记", "主任", "副主任", "行长", "副行长", "局长", "副局长",
			"董事长", "副董事长", "董事", "总经理", "副总经理", "经理", "主席", "副主席", "市长", "副市长", "区长", "副区长", "县长", "副县长", "镇长", "副镇长",
			"乡长", "副乡长", "部长", "副部长", "厅长", "副厅长", "处长", "副处长", "科长", "副科长", "委员", "常委", "秘书长", "副秘书长", "专家", "教授",
			"研究员", "校长", "副校长", "院长", "副院长", "负责人", "总裁", "副总裁", "总监", "会长", "副会长", "理事长", "馆长", "所长", "站长", "社长",
			"总编辑", "主编", "政委", "检察长", "庭长", "调研员", "巡视员", "组长", "副组长", "队长", "总工程师", "工程师", "主任委员", "总经济师", "总会计师",
			"党组书记", "省长", "副省长", "州长", "盟长", "旗长", "村支书", "支书");

	/** Words that may directly follow a name: the name ends where one of them starts. */
	private static final WordList STARTERS = new WordList("主持", "出席", "参加", "强调", "指出", "表示", "要求", "讲话", "带队", "一行",
			"进行", "先后", "详细", "感谢", "逐一", "介绍", "会见", "调研", "陪同", "认为", "代表", "同志", "率队", "率领", "带领", "宣读", "通报", "部署",
			"致辞", "听取", "指导", "检查", "慰问", "看望", "提出", "希望", "说明", "汇报", "宣布", "回答", "接受", "参与", "分别", "首先", "随后", "一同",
			"共同", "作了", "就", "对", "与", "和", "及", "等", "在", "到", "率", "作", "说", "向", "为", "也", "还", "并", "赴", "来", "从",
			"将", "已", "则", "称", "坦言", "讲解", "讲述", "主讲");

	/** A real name does not end like a place or an organisation. */
	private static final String ORG_ENDINGS = "区市县省镇乡村会局部委院司厂处组队街路园城所站校馆社团厅室办场港湾州";

	/** Characters that do not occur inside names but do start the words after them. */
	private static final String NOT_IN_NAME = "的了是在对与等从向被把将着过并也还就";

	private static final Set<String> NOT_NAMES = Set.of("同志", "一行", "有关", "负责", "领导", "干部", "群众", "全体", "等人", "分别",
			"同时", "高度", "相关", "各级", "单位", "部门", "代表", "成员", "主要", "班子");

	private static final List<String> PRESENT_VERBS = List.of("参加", "出席", "陪同", "参与");

	private static final WordList PRESENT_OBJECTS = new WordList("会议", "座谈会", "会谈", "座谈", "活动", "仪式", "调研", "会见", "典礼",
			"大会", "开幕式", "闭幕式", "论坛", "考察", "检查", "慰问", "研讨会", "发布会", "推进会", "签约仪式", "开工仪式", "揭牌仪式", "启动仪式", "颁奖仪式",
			"签约", "培训", "观摩", "晚会", "会", "调度会", "现场会", "协调会", "汇报会", "见面会", "恳谈会");

	private static final List<String> PRESENT_TAILS = List.of("并讲话", "并致辞", "并发言", "并作讲话", "并讲课", "");

	/** A people-present sentence is short; longer ones are prose and are not read. */
	private static final int MAX_PRESENT_SENTENCE = 300;

	/** An organisation prefix before a title is short; longer text is a sentence. */
	private static final int MAX_TITLE = 40;

	private final List<String> dropped;

	/**
	 * @param dropped receives the candidates that looked like names and were refused, for
	 * the import report
	 */
	PeopleFinder(List<String> dropped) {
		this.dropped = dropped;
	}

	/** A person found at an offset of the text. */
	record Found(int offset, String name, String title, boolean present) {

	}

	/** True when the paragraph is one sentence listing people who were present. */
	static boolean isPresentLine(String paragraph) {
		String s = ChineseText.strip(paragraph);
		if (s.isEmpty() || s.length() > MAX_PRESENT_SENTENCE || !s.endsWith("。")) {
			return false;
		}
		for (int i = 0; i < s.length() - 1; i++) {
			char c = s.charAt(i);
			if (c == '。' || c == '！' || c == '？' || c == '\n') {
				return false;
			}
		}
		return !new PeopleFinder(new ArrayList<>()).presentIn(s, 0).isEmpty();
	}

	/** Everyone found in the text, unmerged; see {@link #merge(List)}. */
	List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean end = c == '。' || c == '！' || c == '？' || c == '\n';
			if (end || i == text.length() - 1) {
				int stop = end ? i + 1 : text.length();
				if (stop - start <= MAX_PRESENT_SENTENCE && c == '。') {
					found.addAll(presentIn(text.substring(start, stop), start));
				}
				start = stop;
			}
		}
		found.addAll(titled(text));
		return found;
	}

	/** Each name once, in order of first appearance, present if listed as present. */
	static List<PersonMention> merge(List<Found> found) {
		List<Found> ordered = new ArrayList<>(found);
		ordered.sort(Comparator.comparingInt(Found::offset));
		Map<String, PersonMention> byName = new LinkedHashMap<>();
		for (Found f : ordered) {
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

	/** People listed by a sentence such as {@code 区领导杨有军、高鸿出席会议。}, else empty. */
	List<Found> presentIn(String sentence, int offset) {
		String s = ChineseText.strip(sentence);
		if (!s.endsWith("。")) {
			return List.of();
		}
		s = s.substring(0, s.length() - 1);
		int verbAt = presentVerb(s);
		if (verbAt <= 0) {
			return List.of();
		}
		String list = ChineseText.strip(s.substring(0, verbAt));
		if (list.endsWith("等")) {
			list = list.substring(0, list.length() - 1);
		}
		List<Found> people = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		int groupOffset = offset;
		for (String group : list.split("[，,]", -1)) {
			if (!readGroup(group, groupOffset, people, refused)) {
				this.dropped.addAll(refused);
				return List.of();
			}
			groupOffset += group.length() + 1;
		}
		return people;
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
	 * next name, and a bare name takes the title of the group.
	 */
	private boolean readGroup(String group, int offset, List<Found> people, List<String> refused) {
		String pending = null;
		String groupTitle = null;
		int segmentOffset = offset;
		boolean any = false;
		for (String raw : splitSegments(group)) {
			String segment = ChineseText.strip(raw);
			int at = segmentOffset;
			segmentOffset += raw.length() + 1;
			if (segment.isEmpty()) {
				return false;
			}
			int titleEnd = lastTitleEnd(segment);
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
				people.add(new Found(at, name, title, true));
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
	private List<String> splitSegments(String group) {
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

	private boolean endsWithPerson(String text) {
		String s = ChineseText.strip(text);
		int titleEnd = lastTitleEnd(s);
		return titleEnd < s.length() && isName(s.substring(titleEnd), titleEnd == 0, new ArrayList<>());
	}

	private List<String> splitNames(String rest, boolean needSurname, List<String> refused) {
		if (isName(rest, needSurname, refused)) {
			return List.of(rest);
		}
		List<String> names = new ArrayList<>();
		for (String part : rest.split("[和及与]", -1)) {
			if (!isName(part, needSurname, refused)) {
				return null;
			}
			names.add(part);
		}
		return (names.size() > 1) ? names : null;
	}

	/** End of the last title word in the segment, or 0. */
	static int lastTitleEnd(String segment) {
		int end = 0;
		for (int i = 0; i < segment.length(); i++) {
			String word = TITLE_WORDS.at(segment, i);
			if (word != null) {
				end = Math.max(end, i + word.length());
			}
		}
		return end;
	}

	private boolean isName(String candidate, boolean needSurname, List<String> refused) {
		int length = candidate.length();
		int max = Surnames.startsWithCompound(candidate, 0) ? 4 : 3;
		if (length < 2 || length > max) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = candidate.charAt(i);
			if (!ChineseText.isHan(c) || (i > 0 && NOT_IN_NAME.indexOf(c) >= 0)) {
				return false;
			}
		}
		if (NOT_NAMES.contains(candidate) || TITLE_WORDS.at(candidate, length - 2) != null) {
			return false;
		}
		boolean surname = Surnames.startsWithSurname(candidate, 0);
		if (ORG_ENDINGS.indexOf(candidate.charAt(length - 1)) >= 0) {
			if (surname) {
				refused.add("未识别为人名：" + candidate + "（以地名或机构用字结尾）");
			}
			return false;
		}
		return surname || !needSurname;
	}

	/** Mentions such as {@code 管委会主任官卫红}: a title word directly followed by a name. */
	List<Found> titled(String text) {
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			String word = ChineseText.isHan(text.charAt(i)) ? TITLE_WORDS.at(text, i) : null;
			if (word == null) {
				i++;
				continue;
			}
			int nameStart = i + word.length();
			String name = nameAt(text, nameStart);
			if (name != null) {
				found.add(new Found(nameStart, name, titleBefore(text, i, nameStart), false));
				i = nameStart + name.length();
			}
			else {
				i = nameStart;
			}
		}
		return found;
	}

	/** Bare mentions of names already known from elsewhere in the bulletin. */
	static List<Found> known(String text, Map<String, String> titles) {
		List<Found> found = new ArrayList<>();
		if (titles.isEmpty()) {
			return found;
		}
		for (int i = 0; i < text.length(); i++) {
			if (!Surnames.startsWithSurname(text, i)) {
				continue;
			}
			for (int length = 4; length >= 2; length--) {
				if (i + length > text.length()) {
					continue;
				}
				String name = text.substring(i, i + length);
				if (titles.containsKey(name) && endsName(text, i + length)) {
					found.add(new Found(i, name, titles.get(name), false));
					break;
				}
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
			name = (STARTERS.at(text, at + 2) != null) ? text.substring(at, at + 2) : text.substring(at, at + 3);
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

	private boolean fits(String text, int at, int length, List<String> refused) {
		if (at + length > text.length() || !endsName(text, at + length)) {
			return false;
		}
		return isName(text.substring(at, at + length), true, refused);
	}

	/**
	 * True when a name may end at {@code at}: a delimiter, the end, or a verb follows.
	 */
	static boolean endsName(String text, int at) {
		if (at >= text.length()) {
			return true;
		}
		char c = text.charAt(at);
		if ("，、。；：,;:）)（(“”\"'！？!?·《》 \t\n\u3000".indexOf(c) >= 0) {
			return true;
		}
		return STARTERS.at(text, at) != null;
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
			if (previous.isEmpty() || lastTitleEnd(previous) != previous.length()
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
		int k = at;
		while (k > 0 && at - k < MAX_TITLE) {
			char c = text.charAt(k - 1);
			if (c == '）' || c == ')') {
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
			k--;
		}
		if (at - k >= MAX_TITLE) {
			return at;
		}
		return k;
	}

	/** {@code 住房和城乡建设局}: a 和 between two organisation words is part of the name. */
	private static boolean isInsideOrganisation(String text, int at) {
		if (text.charAt(at) != '和' || at == 0 || at + 1 >= text.length() || !ChineseText.isHan(text.charAt(at - 1))
				|| !ChineseText.isHan(text.charAt(at + 1)) || Surnames.startsWithSurname(text, at + 1)) {
			return false;
		}
		// "副院长梁晓东和市科技局局长": the words before 和 end with a person
		String before = text.substring(Math.max(0, at - MAX_TITLE), at);
		int titleEnd = lastTitleEnd(before);
		int nameLength = before.length() - titleEnd;
		return titleEnd == 0 || nameLength < 2 || nameLength > 3 || !Surnames.startsWithSurname(before, titleEnd);
	}

}
