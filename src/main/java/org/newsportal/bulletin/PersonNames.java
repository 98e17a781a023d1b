package org.newsportal.bulletin;

import java.util.List;
import java.util.Set;

/**
 * What may be a person's name in running Chinese text, and the title words printed before
 * names. Shared by the recognisers of {@link PeopleFinder}: Chinese has no spaces, so a
 * name is only taken where the structure around it is clear, and missing a person is
 * better than inventing one.
 */
final class PersonNames {

	/** Longest first, so that {@code 副书记} wins over {@code 书记}. */
	static final WordList TITLE_WORDS = new WordList("领导", "书记", "副书记", "第一书记", "主任", "副主任", "行长", "副行长", "局长", "副局长",
			"董事长", "副董事长", "董事", "总经理", "副总经理", "经理", "主席", "副主席", "市长", "副市长", "区长", "副区长", "县长", "副县长", "镇长", "副镇长",
			"乡长", "副乡长", "部长", "副部长", "厅长", "副厅长", "处长", "副处长", "科长", "副科长", "委员", "常委", "秘书长", "副秘书长", "专家", "教授",
			"研究员", "校长", "副校长", "院长", "副院长", "负责人", "总裁", "副总裁", "总监", "会长", "副会长", "理事长", "馆长", "所长", "站长", "社长",
			"总编辑", "主编", "政委", "检察长", "庭长", "调研员", "巡视员", "组长", "副组长", "队长", "总工程师", "工程师", "主任委员", "总经济师", "总会计师",
			"党组书记", "省长", "副省长", "州长", "盟长", "旗长", "村支书", "支书");

	/** Words that may directly follow a name: the name ends where one of them starts. */
	static final WordList STARTERS = new WordList("主持", "出席", "参加", "强调", "指出", "表示", "要求", "讲话", "带队", "一行", "进行",
			"先后", "详细", "感谢", "逐一", "介绍", "会见", "调研", "陪同", "认为", "代表", "同志", "率队", "率领", "带领", "宣读", "通报", "部署", "致辞",
			"听取", "指导", "检查", "慰问", "看望", "提出", "希望", "说明", "汇报", "宣布", "回答", "接受", "参与", "分别", "首先", "随后", "一同", "共同",
			"作了", "就", "对", "与", "和", "及", "等", "在", "到", "率", "作", "说", "向", "为", "也", "还", "并", "赴", "来", "从", "将",
			"已", "则", "称", "坦言", "讲解", "讲述", "主讲");

	/** A real name does not end like a place or an organisation. */
	private static final String ORG_ENDINGS = "区市县省镇乡村会局部委院司厂处组队街路园城所站校馆社团厅室办场港湾州";

	/** Characters that do not occur inside names but do start the words after them. */
	private static final String NOT_IN_NAME = "的了是在对与等从向被把将着过并也还就";

	private static final Set<String> NOT_NAMES = Set.of("同志", "一行", "有关", "负责", "领导", "干部", "群众", "全体", "等人", "分别",
			"同时", "高度", "相关", "各级", "单位", "部门", "代表", "成员", "主要", "班子");

	private PersonNames() {
	}

	/**
	 * Whether the candidate can be a name: two or three Han characters (four after a
	 * compound surname), not a common word, not ending like a place.
	 * @param needSurname whether it must start with a known surname (when no title
	 * vouches for it)
	 * @param refused receives a message when a candidate with a surname is refused for
	 * ending like a place or organisation
	 */
	static boolean isName(String candidate, boolean needSurname, List<String> refused) {
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

}
