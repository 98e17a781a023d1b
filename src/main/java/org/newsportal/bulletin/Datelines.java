package org.newsportal.bulletin;

import java.util.List;

/**
 * Recognises the opening of a news article and the date a lead or a photo caption opens
 * with. Written as a scanner rather than one regular expression: it reads a bounded
 * window at the start of the paragraph, so a paragraph of megabytes costs nothing.
 *
 * <p>
 * An opening is a source ({@code 本报}, or an agency of the {@link Vocabulary}), an
 * optional place and date, {@code 讯} or {@code 电}, then the bylines, in parentheses or
 * not, and an optional {@code 报道：}: {@code 本报郑州5月6日讯（记者 甲）}, {@code 新华社北京6日电 记者甲 乙},
 * {@code 本报讯 记者 某某 报道：}. An opening without a source is only taken with its {@code 报道：}
 * ({@code 本报记者 王明 报道：}), which no sentence of prose starts with.
 */
final class Datelines {

	/** Longest first: {@code 晚上} before {@code 晚}. */
	static final List<String> DAY_PARTS = List.of("上午", "下午", "中午", "晚上", "傍晚", "凌晨", "早上", "早晨", "清晨", "夜间", "深夜",
			"一早", "午后", "晚间", "夜里", "晚");

	/** Words a lead opens with instead of a date: the item is dated by the issue. */
	static final List<String> VAGUE = List.of("日前", "近日", "前不久", "近期", "连日来", "近来", "最近", "不久前", "目前");

	private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";

	/** A place between the source and 讯/电 ({@code 乌鲁木齐}) is short. */
	private static final int MAX_PLACE = 8;

	private static final int MAX_BYLINE = 80;

	/** An outlet named before 讯 or 电 ({@code 江城晚报}, {@code 央广网北京}) is short. */
	private static final int MAX_NAMED_SOURCE = 10;

	private Datelines() {
	}

	/**
	 * The dateline at the start of the paragraph, or null when it does not open with one.
	 */
	static Dateline parse(String paragraph, Vocabulary vocabulary) {
		int i = ChineseText.skipSpaces(paragraph, 0);
		boolean bracketed = i < paragraph.length() && paragraph.charAt(i) == '【';
		if (bracketed) {
			i++;
		}
		if (paragraph.startsWith("据", i) && vocabulary.agencyAt(paragraph, i + 1) != null) {
			i++;
		}
		if (!bracketed && i < paragraph.length() && (paragraph.charAt(i) == '（' || paragraph.charAt(i) == '(')) {
			return bracketedCredit(paragraph, i, vocabulary);
		}
		String agency = null;
		if (paragraph.startsWith("本报", i) && vocabulary.roleAt(paragraph, i + 2) == null) {
			i += 2;
		}
		else {
			agency = vocabulary.agencyAt(paragraph, i);
			if (agency == null) {
				Dateline named = namedSource(paragraph, i, vocabulary);
				if (named != null || bracketed) {
					return named;
				}
				return reportedOpening(paragraph, vocabulary);
			}
			i += agency.length();
		}
		int placeStart = i;
		int limit = Math.min(paragraph.length(), i + MAX_PLACE + 1);
		while (i < limit && ChineseText.isHan(paragraph.charAt(i)) && !isFiledWord(paragraph, i)
				&& readDate(paragraph, i, true) == null) {
			i++;
		}
		String place = paragraph.substring(placeStart, i);
		if (place.length() > MAX_PLACE || Bylines.hasRole(place, vocabulary)) {
			return null;
		}
		DatePart filed = readDate(paragraph, i, true);
		if (filed != null) {
			i = filed.end();
		}
		int filedWord = isFiledWord(paragraph, i) ? ((paragraph.startsWith("消息", i)) ? 2 : 1) : 0;
		if (filedWord == 0) {
			return null;
		}
		i += filedWord;
		if (bracketed && i < paragraph.length() && paragraph.charAt(i) == '】') {
			i++;
		}
		ItemSource source = (agency != null || !place.isEmpty())
				? new ItemSource(agency, place.isEmpty() ? null : place) : null;
		return rest(paragraph, ChineseText.skipSpaces(paragraph, i), filed, source, vocabulary);
	}

	/** {@code （记者 江一帆 实习生 牛小满）6月2日，…}: the credit alone opens the paragraph. */
	private static Dateline bracketedCredit(String paragraph, int open, Vocabulary vocabulary) {
		int close = findClose(paragraph, open + 1);
		if (close < 0) {
			return null;
		}
		String inner = paragraph.substring(open + 1, close);
		if (!Bylines.hasRole(inner, vocabulary)) {
			return null;
		}
		List<Byline> bylines = Bylines.parse(inner, 8, false, vocabulary);
		if (bylines == null || bylines.isEmpty()) {
			return null;
		}
		return withLead(paragraph, ChineseText.skipSpaces(paragraph, close + 1), null, bylines, null);
	}

	/**
	 * A source the vocabulary does not know, named before 讯 or 电 and followed by a
	 * credit: the paper's own name ({@code 江城晚报讯（记者 …）}, {@code 东山讯（记者 …）}), or another
	 * outlet's dateline ({@code 央广网北京6月13日电（记者 …）}), whose name ends in 报, 网, 社 or 台
	 * before its place. Without a credit after it, nothing here is taken for a dateline.
	 */
	private static Dateline namedSource(String paragraph, int at, Vocabulary vocabulary) {
		int i = at;
		int limit = Math.min(paragraph.length(), at + MAX_NAMED_SOURCE + 1);
		while (i < limit && ChineseText.isHan(paragraph.charAt(i)) && !isFiledWord(paragraph, i)
				&& readDate(paragraph, i, true) == null) {
			i++;
		}
		String name = paragraph.substring(at, i);
		if (name.isEmpty() || name.length() > MAX_NAMED_SOURCE || Bylines.hasRole(name, vocabulary)) {
			return null;
		}
		DatePart filed = readDate(paragraph, i, true);
		if (filed != null) {
			i = filed.end();
		}
		if (!isFiledWord(paragraph, i) || paragraph.startsWith("消息", i)) {
			return null;
		}
		Dateline rest = rest(paragraph, ChineseText.skipSpaces(paragraph, i + 1), filed, null, vocabulary);
		if (rest == null || rest.bylines().isEmpty()) {
			return null;
		}
		ItemSource source = null;
		int suffix = outletEnd(name);
		if (filed != null && suffix > 0) {
			source = new ItemSource(name.substring(0, suffix),
					(suffix < name.length()) ? name.substring(suffix) : null);
		}
		return new Dateline(rest.leadStart(), rest.date(), rest.vague(), rest.bylines(), source);
	}

	/** Where an outlet's name ends in 报, 网, 社 or 台 inside {@code name}, or 0. */
	static int outletEnd(String name) {
		for (int k = name.length(); k >= 2; k--) {
			if ("报网社台".indexOf(name.charAt(k - 1)) >= 0) {
				return k;
			}
		}
		return 0;
	}

	/** {@code 本报记者 王明 报道：…}: bylines and a reporting verb, without 讯 or 电. */
	private static Dateline reportedOpening(String paragraph, Vocabulary vocabulary) {
		int i = ChineseText.skipSpaces(paragraph, 0);
		int start = paragraph.startsWith("本报", i) ? i + 2 : i;
		if (vocabulary.roleAt(paragraph, start) == null) {
			return null;
		}
		int max = Math.min(paragraph.length(), i + MAX_BYLINE);
		int verb = paragraph.indexOf("报道", i);
		if (verb < 0 || verb >= max) {
			return null;
		}
		int after = verb + 2;
		if (after >= paragraph.length() || (paragraph.charAt(after) != '：' && paragraph.charAt(after) != ':')) {
			return null;
		}
		List<Byline> bylines = Bylines.parse(paragraph.substring(i, verb), 8, false, vocabulary);
		if (bylines == null || bylines.isEmpty()) {
			return null;
		}
		int lead = ChineseText.skipSpaces(paragraph, after + 1);
		return withLead(paragraph, lead, null, bylines, null);
	}

	/** After 讯 or 电: the bylines, an optional 报道：, then the lead. */
	private static Dateline rest(String paragraph, int at, DatePart filed, ItemSource source, Vocabulary vocabulary) {
		int i = at;
		if (i < paragraph.length() && (paragraph.charAt(i) == '：' || paragraph.charAt(i) == ':')) {
			i = ChineseText.skipSpaces(paragraph, i + 1);
		}
		List<Byline> bylines = List.of();
		if (i < paragraph.length() && (paragraph.charAt(i) == '（' || paragraph.charAt(i) == '(')) {
			int close = findClose(paragraph, i + 1);
			if (close < 0) {
				return null;
			}
			List<Byline> parsed = Bylines.parse(paragraph.substring(i + 1, close), 8, false, vocabulary);
			bylines = (parsed != null) ? parsed : List.of();
			i = ChineseText.skipSpaces(paragraph, close + 1);
		}
		else {
			int end = unbracketedBylineEnd(paragraph, i, vocabulary);
			if (end > i) {
				List<Byline> parsed = Bylines.parse(paragraph.substring(i, end), 8, false, vocabulary);
				if (parsed != null && !parsed.isEmpty() && Bylines.hasRole(paragraph.substring(i, end), vocabulary)) {
					bylines = parsed;
					i = ChineseText.skipSpaces(paragraph, end);
				}
			}
		}
		// 报道： after the byline, in or out of the parentheses
		if (paragraph.startsWith("报道", i)) {
			i = ChineseText.skipSpaces(paragraph, i + 2);
		}
		if (i < paragraph.length() && (paragraph.charAt(i) == '：' || paragraph.charAt(i) == ':'
				|| (paragraph.charAt(i) == '，' && !bylines.isEmpty()))) {
			i = ChineseText.skipSpaces(paragraph, i + 1);
		}
		return withLead(paragraph, i, filed, bylines, source);
	}

	private static Dateline withLead(String paragraph, int lead, DatePart filed, List<Byline> bylines,
			ItemSource source) {
		DatePart date = filed;
		String vague = null;
		if (date == null) {
			date = readLeadDate(paragraph, lead);
			if (date == null && paragraph.startsWith("记者", lead)) {
				// 记者6日从…获悉, 记者昨日从…获悉: the reporter learnt it on that day
				date = readLeadDate(paragraph, lead + 2);
				if (date == null) {
					date = relativeDay(paragraph, lead + 2);
				}
			}
			if (date == null) {
				vague = vagueAt(paragraph, lead);
			}
		}
		return new Dateline(lead, date, vague, bylines, source);
	}

	/**
	 * Where a byline printed without parentheses ends: before the date, a vague time
	 * word, the verb 报道, a colon or a comma, or before the first word that is neither a
	 * role nor a name; {@code at} when what follows is no byline. Ended by anything but
	 * 报道, a colon or a date, every name must start with a known surname: {@code 记者 王明 开幕}
	 * would otherwise credit 开幕.
	 */
	private static int unbracketedBylineEnd(String paragraph, int at, Vocabulary vocabulary) {
		if (!Bylines.startsWithCredit(paragraph, at, vocabulary)) {
			return at;
		}
		int max = Math.min(paragraph.length(), at + MAX_BYLINE);
		int end = at;
		int pos = at;
		boolean marked = false;
		while (pos < max) {
			int tokenEnd = pos;
			boolean stop = false;
			while (tokenEnd < max && !ChineseText.isSpace(paragraph.charAt(tokenEnd))) {
				if (endsByline(paragraph, tokenEnd)) {
					stop = true;
					marked = paragraph.charAt(tokenEnd) != '，' && paragraph.charAt(tokenEnd) != ','
							&& paragraph.charAt(tokenEnd) != '。';
					break;
				}
				tokenEnd++;
			}
			if (tokenEnd > pos) {
				if (Bylines.parse(paragraph.substring(pos, tokenEnd), 8, false, vocabulary) == null) {
					break;
				}
				end = tokenEnd;
			}
			if (stop || tokenEnd >= max) {
				break;
			}
			pos = ChineseText.skipSpaces(paragraph, tokenEnd);
		}
		if (end > at && !marked && Bylines.parse(paragraph.substring(at, end), 8, true, vocabulary) == null) {
			return at;
		}
		return end;
	}

	/** A date, a vague time word, 报道 or punctuation: what follows a byline. */
	private static boolean endsByline(String paragraph, int at) {
		char c = paragraph.charAt(at);
		if (c == '，' || c == '：' || c == ':' || c == '。' || c == ',' || paragraph.startsWith("报道", at)
				|| vagueAt(paragraph, at) != null) {
			return true;
		}
		return (ChineseText.digit(c) >= 0 || CHINESE_DIGITS.indexOf(c) >= 0 || c == '十' || c == '今' || c == '昨')
				&& readLeadDate(paragraph, at) != null;
	}

	/** 讯, 电 or 消息, the words that end a dateline's source. */
	private static boolean isFiledWord(String text, int at) {
		if (at >= text.length()) {
			return false;
		}
		char c = text.charAt(at);
		return c == '讯' || c == '电' || text.startsWith("消息", at);
	}

	/** The date a photo caption opens with ({@code 3月10日上午，…}), or null. */
	static DatePart captionDate(String caption) {
		return readLeadDate(caption, ChineseText.skipSpaces(caption, 0));
	}

	/**
	 * The vague time word ({@code 近日}) at {@code at}, or null; not where it qualifies a
	 * noun ({@code 连日来的采访}).
	 */
	static String vagueAt(String text, int at) {
		for (String word : VAGUE) {
			if (text.startsWith(word, at)) {
				int after = at + word.length();
				return (after < text.length() && text.charAt(after) == '的') ? null : word;
			}
		}
		return null;
	}

	private static int findClose(String text, int from) {
		int max = Math.min(text.length(), from + MAX_BYLINE);
		for (int k = from; k < max; k++) {
			char c = text.charAt(k);
			if (c == '）' || c == ')') {
				return k;
			}
		}
		return -1;
	}

	/** Reads {@code [YYYY年]M月D日[上午]} at {@code at}, in Arabic or Chinese numerals. */
	static DatePart readDate(String text, int at) {
		DatePart date = readDate(text, at, false);
		return (date != null && date.month() > 0) ? date : null;
	}

	/**
	 * Reads the date a lead opens with: a full date, {@code 今年5月4日}, a day alone
	 * ({@code 4日上午，}, its month from the issue) or {@code 昨天}/{@code 今天}.
	 * @param strict whether the date must be set off from what follows ({@code 5月4日上午，}
	 * or {@code 5月4日，} but not {@code 5月4日是青年节}): where no dateline announces the date, a
	 * sentence about a day must not date the item
	 */
	static DatePart readLeadDate(String text, int at, boolean strict) {
		DatePart date = readLeadDate(text, at);
		if (date == null || !strict || date.dayPart() != null) {
			return date;
		}
		int end = date.end();
		return (end >= text.length() || "，,、 \u3000至起到—-～~（(".indexOf(text.charAt(end)) >= 0) ? date : null;
	}

	/**
	 * As {@link #readLeadDate(String, int, boolean)}, taking whatever follows the date.
	 */
	static DatePart readLeadDate(String text, int at) {
		if (at >= text.length()) {
			return null;
		}
		boolean thisYear = text.startsWith("今年", at);
		if (thisYear) {
			DatePart date = readDate(text, at + 2, false);
			return (date != null && date.year() == null && date.month() > 0)
					? new DatePart(null, date.month(), date.day(), date.dayPart(), date.end(), true, null) : null;
		}
		DatePart relative = relativeDay(text, at);
		if (relative != null) {
			return (relative.dayPart() != null || followsDate(text, relative.end())) ? relative : null;
		}
		return readDate(text, at, true);
	}

	/**
	 * {@code 昨天}, {@code 昨日}, {@code 今天} or {@code 今日} and a day part at {@code at},
	 * whatever follows.
	 */
	private static DatePart relativeDay(String text, int at) {
		for (String word : List.of("昨天", "昨日", "今天", "今日")) {
			if (text.startsWith(word, at)) {
				int i = at + 2;
				String dayPart = dayPartAt(text, i);
				i += (dayPart != null) ? dayPart.length() : 0;
				return new DatePart(null, 0, 0, dayPart, i, false, word.startsWith("昨") ? -1 : 0);
			}
		}
		return null;
	}

	/**
	 * @param dayAlone whether {@code 4日} alone is a date: only where a date is expected
	 * and a day part, a comma or 电/讯 follows
	 */
	private static DatePart readDate(String text, int at, boolean dayAlone) {
		int i = at;
		Integer year = null;
		int digits = countDigits(text, i);
		if (digits == 4 && i + 4 < text.length() && text.charAt(i + 4) == '年') {
			year = number(text, i, 4);
			i = i + 5;
		}
		else if (digits == 0 && i + 4 < text.length() && text.charAt(i + 4) == '年' && isChineseYear(text, i)) {
			year = chineseYear(text.substring(i, i + 4));
			i = i + 5;
		}
		int[] month = readNumber(text, i, 12);
		if (month != null && i + month[1] < text.length() && text.charAt(i + month[1]) == '月') {
			i += month[1] + 1;
		}
		else if (year == null && dayAlone) {
			month = null;
		}
		else {
			return null;
		}
		int[] day = readNumber(text, i, 31);
		if (day == null || i + day[1] >= text.length()
				|| (text.charAt(i + day[1]) != '日' && text.charAt(i + day[1]) != '号')) {
			return null;
		}
		i += day[1] + 1;
		String dayPart = dayPartAt(text, i);
		if (dayPart != null) {
			i += dayPart.length();
		}
		if (month == null && dayPart == null && !followsDate(text, i)) {
			return null;
		}
		return new DatePart(year, (month != null) ? month[0] : 0, day[0], dayPart, i, false, null);
	}

	private static String dayPartAt(String text, int at) {
		for (String part : DAY_PARTS) {
			if (text.startsWith(part, at)) {
				return part;
			}
		}
		return null;
	}

	/** What may follow a date that has no month: a comma, a space, 电 or 讯. */
	private static boolean followsDate(String text, int at) {
		if (at >= text.length()) {
			return false;
		}
		char c = text.charAt(at);
		return c == '，' || c == ',' || c == '电' || c == '讯' || ChineseText.isSpace(c);
	}

	/**
	 * A number of one or two digits (ASCII or full width) or in Chinese numerals up to
	 * {@code max}: {value, length}, or null.
	 */
	private static int[] readNumber(String text, int at, int max) {
		int digits = countDigits(text, at);
		if (digits >= 1 && digits <= 2) {
			int value = number(text, at, digits);
			return (value >= 1 && value <= max) ? new int[] { value, digits } : null;
		}
		if (digits > 0) {
			return null;
		}
		return chineseNumber(text, at, max);
	}

	/** {@code 四}, {@code 十}, {@code 十二}, {@code 二十}, {@code 三十一}: {value, length}. */
	private static int[] chineseNumber(String text, int at, int max) {
		int units = chineseDigit(text, at);
		int value;
		int length;
		if (at < text.length() && text.charAt(at) == '十') {
			int ones = chineseDigit(text, at + 1);
			value = 10 + Math.max(ones, 0);
			length = (ones > 0) ? 2 : 1;
		}
		else if (units >= 1 && at + 1 < text.length() && text.charAt(at + 1) == '十') {
			int ones = chineseDigit(text, at + 2);
			value = units * 10 + Math.max(ones, 0);
			length = (ones > 0) ? 3 : 2;
		}
		else if (units >= 1) {
			value = units;
			length = 1;
		}
		else {
			return null;
		}
		return (value >= 1 && value <= max) ? new int[] { value, length } : null;
	}

	/** 1-9 for 一 to 九, else -1. */
	private static int chineseDigit(String text, int at) {
		if (at >= text.length()) {
			return -1;
		}
		int d = CHINESE_DIGITS.indexOf(text.charAt(at));
		return (d >= 2) ? d - 1 : -1;
	}

	private static int countDigits(String text, int at) {
		int n = 0;
		while (at + n < text.length() && n < 5 && ChineseText.digit(text.charAt(at + n)) >= 0) {
			n++;
		}
		return n;
	}

	private static int number(String text, int at, int length) {
		int value = 0;
		for (int k = 0; k < length; k++) {
			value = value * 10 + ChineseText.digit(text.charAt(at + k));
		}
		return value;
	}

	static boolean isChineseYear(String text, int at) {
		if (at + 4 > text.length()) {
			return false;
		}
		for (int k = 0; k < 4; k++) {
			if (CHINESE_DIGITS.indexOf(text.charAt(at + k)) < 0) {
				return false;
			}
		}
		return true;
	}

	/** {@code 二〇二三} → 2023. */
	static int chineseYear(String digits) {
		int value = 0;
		for (int k = 0; k < digits.length(); k++) {
			int d = CHINESE_DIGITS.indexOf(digits.charAt(k));
			value = value * 10 + ((d <= 1) ? 0 : d - 1);
		}
		return value;
	}

	/**
	 * A date as printed.
	 *
	 * @param year the year when printed, else null
	 * @param month 1-12, or 0 when only the day is printed (its month is the issue's)
	 * @param day 1-31, or 0 for {@code 昨天} and {@code 今天}
	 * @param end index just after the date and day part
	 * @param thisYear whether it was printed as {@code 今年5月4日}
	 * @param dayOffset days from the issue date: -1 for {@code 昨天}, 0 for {@code 今天},
	 * else null
	 */
	record DatePart(Integer year, int month, int day, String dayPart, int end, boolean thisYear, Integer dayOffset) {

		/** The date as printed, for messages. */
		String printed() {
			if (this.dayOffset != null) {
				return (this.dayOffset < 0) ? "昨天" : "今天";
			}
			return ((this.year != null) ? this.year + "年" : "") + ((this.month > 0) ? this.month + "月" : "") + this.day
					+ "日";
		}

	}

}
