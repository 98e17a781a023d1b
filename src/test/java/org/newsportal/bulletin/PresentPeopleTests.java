package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Sentences listing the people present, read alone. */
class PresentPeopleTests {

	private final List<String> dropped = new ArrayList<>();

	private final PresentPeople present = new PresentPeople(this.dropped);

	@Test
	void aGroupTitleAppliesToEveryNameAfterIt() {
		assertThat(this.present.in("镇领导段明远、彭雅琴出席会议。", 0))
			.extracting(FoundPerson::name, FoundPerson::title, FoundPerson::present)
			.containsExactly(tuple("段明远", "镇领导", true), tuple("彭雅琴", "镇领导", true));
	}

	@Test
	void commasSeparateGroupsWithTitlesOfTheirOwn() {
		assertThat(this.present.in("市水利局副局长邓国平，县领导许文斌、石海燕和梁志刚参加验收会。", 0))
			.extracting(FoundPerson::name, FoundPerson::title)
			.containsExactly(tuple("邓国平", "市水利局副局长"), tuple("许文斌", "县领导"), tuple("石海燕", "县领导"), tuple("梁志刚", "县领导"));
	}

	@Test
	void titleOnlySegmentsAttachToTheNextName() {
		assertThat(this.present.in("中国银行焦作分行党委书记、行长郑彦征出席座谈会。", 0)).extracting(FoundPerson::name, FoundPerson::title)
			.containsExactly(tuple("郑彦征", "中国银行焦作分行党委书记、行长"));
	}

	@Test
	void offsetsAreWhereEachSegmentStarts() {
		assertThat(this.present.in("区领导杨有军、高鸿出席会议。", 100)).extracting(FoundPerson::offset).containsExactly(100, 107);
	}

	@Test
	void onlyAVerbPhraseAtTheEndOfTheSentenceCounts() {
		assertThat(this.present.in("王明参加会议后返回单位。", 0)).isEmpty();
		assertThat(this.present.in("区领导杨有军、高鸿出席会议", 0)).as("no full stop").isEmpty();
		assertThat(this.present.in("同学们积极参加。", 0)).as("a group, not a name").isEmpty();
	}

	@Test
	void aPlaceAmongTheNamesRefusesTheSentenceAndSaysWhy() {
		assertThat(this.present.in("市领导罗志勇、高新区参加会议。", 0)).isEmpty();
		assertThat(this.dropped).contains("未识别为人名：高新区（以地名或机构用字结尾）");
	}

	@Test
	void findReadsEveryShortSentenceOfAText() {
		String text = "会议强调，要抓好落实。\n市长蔡建中出席会议。区领导古冰涛参加活动。";
		assertThat(this.present.find(text)).extracting(FoundPerson::name).containsExactly("蔡建中", "古冰涛");
	}

	@Test
	void aPresentLineIsOneSentence() {
		assertThat(PresentPeople.isPresentLine("高新区领导侯建华参加会议。")).isTrue();
		assertThat(PresentPeople.isPresentLine("会议结束。高新区领导侯建华参加会议。")).isFalse();
		assertThat(PresentPeople.isPresentLine("会议强调，要抓好落实。")).isFalse();
		assertThat(PresentPeople.isPresentLine("领导" + "、王明".repeat(200) + "参加会议。")).as("too long").isFalse();
	}

}
