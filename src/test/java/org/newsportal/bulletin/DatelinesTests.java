package org.newsportal.bulletin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Openings of news items, read alone. */
class DatelinesTests {

	private static final Vocabulary WORDS = Vocabulary.DEFAULTS;

	@Test
	void agencyDatelinesGiveSourcePlaceDateAndBylines() {
		Dateline dateline = Datelines.parse("新华社南宁7月9日电（记者 覃一鸣、韦晓）记者9日从自治区获悉，…", WORDS);
		assertThat(dateline.source()).isEqualTo(new ItemSource("新华社", "南宁"));
		assertThat(dateline.date()).extracting(Datelines.DatePart::month, Datelines.DatePart::day)
			.containsExactly(7, 9);
		assertThat(dateline.bylines()).containsExactly(new Byline("覃一鸣", "记者"), new Byline("韦晓", "记者"));
		assertThat(dateline.leadStart()).isEqualTo("新华社南宁7月9日电（记者 覃一鸣、韦晓）".length());
	}

	@Test
	void aDayAloneInTheDatelineAndNamesSeparatedBySpaces() {
		Dateline dateline = Datelines.parse("中新网兰州9日电 记者 俞婷 冯涛 甘肃省9日启动…", WORDS);
		assertThat(dateline.source()).isEqualTo(new ItemSource("中新网", "兰州"));
		assertThat(dateline.date()).extracting(Datelines.DatePart::month, Datelines.DatePart::day)
			.containsExactly(0, 9);
		assertThat(dateline.bylines()).extracting(Byline::name).containsExactly("俞婷", "冯涛");
	}

	@Test
	void theOwnPapersBureauHasAPlaceAndNoAgency() {
		assertThat(Datelines.parse("本报西宁8月2日讯（记者 祁文）8月2日上午，…", WORDS).source()).isEqualTo(new ItemSource(null, "西宁"));
		assertThat(Datelines.parse("本报讯（记者 祁文）8月2日上午，…", WORDS).source()).isNull();
	}

	@Test
	void aBylineWithoutParenthesesEndsAtTheReportingVerb() {
		Dateline dateline = Datelines.parse("本报讯 记者 邢一帆 报道：8月3日下午，全县…", WORDS);
		assertThat(dateline.bylines()).containsExactly(new Byline("邢一帆", "记者"));
		assertThat("本报讯 记者 邢一帆 报道：8月3日下午，全县…".substring(dateline.leadStart())).startsWith("8月3日下午");
		assertThat(dateline.date().dayPart()).isEqualTo("下午");
	}

	@Test
	void aVagueWordInsteadOfADate() {
		Dateline dateline = Datelines.parse("本报讯 记者 邢一帆 近期，全县…", WORDS);
		assertThat(dateline.date()).isNull();
		assertThat(dateline.vague()).isEqualTo("近期");
		assertThat(dateline.bylines()).extracting(Byline::name).containsExactly("邢一帆");
	}

	@Test
	void theOwnPapersNameBeforeACredit() {
		Dateline dateline = Datelines.parse("南山晚报讯（记者 柏青）9月1日，…", WORDS);
		assertThat(dateline.bylines()).containsExactly(new Byline("柏青", "记者"));
		assertThat(dateline.source()).isNull();
		// an outlet the vocabulary does not know, with its place and date
		assertThat(Datelines.parse("北国网长春9月1日电（记者 柏青）…", WORDS).source()).isEqualTo(new ItemSource("北国网", "长春"));
	}

	@Test
	void aCreditAloneOpensAParagraph() {
		Dateline dateline = Datelines.parse("（记者 柏青 通讯员 阮一）9月1日，…", WORDS);
		assertThat(dateline.bylines()).extracting(Byline::role).containsExactly("记者", "通讯员");
		assertThat(Datelines.parse("（附图）9月1日，…", WORDS)).isNull();
	}

	@Test
	void proseIsNoDateline() {
		assertThat(Datelines.parse("新华社记者近日走进山区，记录山村学校的变化。", WORDS)).isNull();
		assertThat(Datelines.parse("本报今年推出多个新栏目。", WORDS)).isNull();
		assertThat(Datelines.parse("人民网评：要把好事办好。", WORDS)).isNull();
		assertThat(Datelines.parse("会议通讯录已经更新。", WORDS)).isNull();
		assertThat(Datelines.parse("记者 王明 说，今年收成不错。", WORDS)).as("no 报道：").isNull();
	}

	@Test
	void leadDatesInEveryForm() {
		assertThat(lead("５月６日上午，")).containsExactly(null, 5, 6, "上午", false);
		assertThat(lead("今年5月4日，")).containsExactly(null, 5, 4, null, true);
		assertThat(lead("2024年5月4日，")).containsExactly(2024, 5, 4, null, false);
		assertThat(lead("二〇二三年十二月三十一日晚上，")).containsExactly(2023, 12, 31, "晚上", false);
		assertThat(lead("五月四日，")).containsExactly(null, 5, 4, null, false);
		assertThat(lead("十一日上午，")).containsExactly(null, 0, 11, "上午", false);
		assertThat(lead("4日上午，")).containsExactly(null, 0, 4, "上午", false);
		assertThat(Datelines.readLeadDate("昨天下午，", 0).dayOffset()).isEqualTo(-1);
	}

	@Test
	void whatOnlyLooksLikeALeadDate() {
		assertThat(Datelines.readLeadDate("5月是农忙的季节", 0, true)).isNull();
		assertThat(Datelines.readLeadDate("5月4日是青年节", 0, true)).isNull();
		assertThat(Datelines.readLeadDate("4日内完成", 0)).as("a day alone needs a day part or a comma").isNull();
		assertThat(Datelines.readLeadDate("十堰市召开", 0)).isNull();
		assertThat(Datelines.readLeadDate("三门峡5日讯", 0)).isNull();
		assertThat(Datelines.readLeadDate("13月2日，", 0)).isNull();
		assertThat(Datelines.vagueAt("连日来的采访", 0)).isNull();
	}

	private static Object[] lead(String text) {
		Datelines.DatePart date = Datelines.readLeadDate(text, 0);
		assertThat(date).as(text).isNotNull();
		return new Object[] { date.year(), date.month(), date.day(), date.dayPart(), date.thisYear() };
	}

	@Test
	void bracketedOpeningsAndTheColonAfterTheSource() {
		assertThat(Datelines.parse("【本报讯】（记者 柏青）9月1日，…", WORDS).bylines()).extracting(Byline::name)
			.containsExactly("柏青");
		assertThat(Datelines.parse("据新华社北京9月1日电（记者 柏青）…", WORDS))
			.extracting(Dateline::source, (d) -> d.bylines().size())
			.containsExactly(new ItemSource("新华社", "北京"), 1);
		assertThat(Datelines.parse("本报讯：9月1日，…", WORDS)).extracting((d) -> d.date().day(), Dateline::bylines)
			.containsExactly(1, java.util.List.of());
		assertThat(Datelines.parse("本报讯（记者 柏青）9月1日，…", WORDS).bylines()).extracting(Byline::name, Byline::role)
			.containsExactly(tuple("柏青", "记者"));
	}

}
