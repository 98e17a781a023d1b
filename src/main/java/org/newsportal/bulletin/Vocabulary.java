package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The words a paper prints around its news: byline roles ({@code 记者}, {@code 通讯员}, ...),
 * agencies a dateline names ({@code 新华社}, {@code 中新网}, ...) and the roles of the page's
 * own staff ({@code 本版编辑}, {@code 美编}, {@code 校对}, ...). The defaults cover what Chinese
 * papers commonly print; a site adds its paper's own words without code changes
 * ({@code portal.import.*}).
 */
public final class Vocabulary {

	/** Byline roles; longest first wherever they are looked up. */
	public static final List<String> DEFAULT_ROLES = List.of("记者", "通讯员", "特约记者", "特约通讯员", "摄影记者", "实习记者", "见习记者",
			"实习生", "首席记者", "驻站记者", "特派记者", "融媒记者", "融媒体记者", "全媒体记者", "视频记者", "评论员", "特约评论员", "摄影");

	/** News agencies and other papers' sites whose datelines a page reprints. */
	public static final List<String> DEFAULT_AGENCIES = List.of("新华社", "中新社", "中新网", "中国新闻网", "人民网", "新华网", "央视网",
			"央广网", "中国网", "光明网", "国际在线", "环球网", "澎湃新闻", "人民日报", "光明日报", "经济日报", "中国日报", "中国日报网", "科技日报", "工人日报", "农民日报",
			"法治日报", "中国青年报", "中青网", "大河网", "新京报", "解放日报", "南方日报", "浙江日报", "河南日报");

	/** Roles of the people who made the page, as its furniture lines print them. */
	public static final List<String> DEFAULT_STAFF_ROLES = List.of("本版编辑", "本版责编", "本版主编", "本版统筹", "责任编辑", "责编", "值班编辑",
			"版面编辑", "图片编辑", "美术编辑", "美编", "校对", "审校", "审读", "版式设计", "版式", "组版", "排版", "制图", "终审", "编辑");

	public static final Vocabulary DEFAULTS = new Vocabulary(List.of(), List.of(), List.of());

	private final WordList roles;

	private final WordList agencies;

	private final WordList staffRoles;

	private final List<String> roleList;

	private final List<String> agencyList;

	private final List<String> staffRoleList;

	private Vocabulary(Collection<String> roles, Collection<String> agencies, Collection<String> staffRoles) {
		this.roleList = merged(DEFAULT_ROLES, roles);
		this.agencyList = merged(DEFAULT_AGENCIES, agencies);
		this.staffRoleList = merged(DEFAULT_STAFF_ROLES, staffRoles);
		this.roles = new WordList(this.roleList.toArray(String[]::new));
		this.agencies = new WordList(this.agencyList.toArray(String[]::new));
		this.staffRoles = new WordList(this.staffRoleList.toArray(String[]::new));
	}

	/**
	 * The defaults plus a paper's own words; blank entries are ignored.
	 * @param roles more byline roles ({@code 融媒体中心记者})
	 * @param agencies more agencies ({@code 焦作网})
	 * @param staffRoles more page staff roles ({@code 图片总监})
	 */
	public static Vocabulary withExtra(Collection<String> roles, Collection<String> agencies,
			Collection<String> staffRoles) {
		if (isEmpty(roles) && isEmpty(agencies) && isEmpty(staffRoles)) {
			return DEFAULTS;
		}
		return new Vocabulary(orEmpty(roles), orEmpty(agencies), orEmpty(staffRoles));
	}

	public List<String> roles() {
		return this.roleList;
	}

	public List<String> agencies() {
		return this.agencyList;
	}

	public List<String> staffRoles() {
		return this.staffRoleList;
	}

	/** The longest byline role starting at {@code at}, or null. */
	String roleAt(String text, int at) {
		return this.roles.at(text, at);
	}

	/** The longest agency name starting at {@code at}, or null. */
	String agencyAt(String text, int at) {
		return this.agencies.at(text, at);
	}

	/** The longest page staff role starting at {@code at}, or null. */
	String staffRoleAt(String text, int at) {
		return this.staffRoles.at(text, at);
	}

	private static List<String> merged(List<String> defaults, Collection<String> extra) {
		List<String> words = new ArrayList<>(defaults);
		for (String word : extra) {
			String stripped = (word != null) ? ChineseText.strip(word) : "";
			if (!stripped.isEmpty() && !words.contains(stripped)) {
				words.add(stripped);
			}
		}
		return List.copyOf(words);
	}

	private static boolean isEmpty(Collection<String> words) {
		return words == null || words.stream().allMatch((word) -> word == null || word.isBlank());
	}

	private static Collection<String> orEmpty(Collection<String> words) {
		return (words != null) ? words : List.of();
	}

}
