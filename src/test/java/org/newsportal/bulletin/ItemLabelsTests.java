package org.newsportal.bulletin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels, notes, captions and headings inside an item. */
class ItemLabelsTests {

	@Test
	void genreLabels() {
		assertThat(ItemLabels.genre("短评")).isEqualTo("短评");
		assertThat(ItemLabels.genre("【评论员文章】")).isEqualTo("评论员文章");
		assertThat(ItemLabels.genre("本报评论员")).isEqualTo("评论员文章");
		assertThat(ItemLabels.genre("短评一则")).isNull();
		assertThat(ItemLabels.headlineGenre("【时评】文明旅游从我做起")).isEqualTo("时评");
		assertThat(ItemLabels.headlineGenre("短评：让烟火气更暖人心")).isEqualTo("短评");
		assertThat(ItemLabels.headlineGenre("评论区里的温度")).isNull();
	}

	@Test
	void editorsNotes() {
		assertThat(ItemLabels.editorsNote("编者按：本报开设专栏。")).isEqualTo("本报开设专栏。");
		assertThat(ItemLabels.editorsNote("【编者按】")).isEmpty();
		assertThat(ItemLabels.editorsNote("编后语：值得深思。")).isEqualTo("值得深思。");
		assertThat(ItemLabels.editorsNote("编者按照要求修改了稿件。")).isNull();
	}

	@Test
	void captionsAndDashSubtitles() {
		assertThat(ItemLabels.isCaption("图为市民在公园内健身。")).isTrue();
		assertThat(ItemLabels.isCaption("上图：新建的体育公园。")).isTrue();
		assertThat(ItemLabels.isCaption("图书馆延长开放时间。")).isFalse();
		assertThat(ItemLabels.dashSubtitle("——记青崖县河长甘守仁")).isEqualTo("记青崖县河长甘守仁");
		assertThat(ItemLabels.dashSubtitle("——")).isNull();
		assertThat(ItemLabels.dashSubtitle("河长——甘守仁")).isNull();
	}

	@Test
	void sectionHeadings() {
		assertThat(ItemLabels.isSectionHeading("一、工业生产稳中有升")).isTrue();
		assertThat(ItemLabels.isSectionHeading("（二）强化督导")).isTrue();
		assertThat(ItemLabels.isSectionHeading("**加强督导**")).isTrue();
		assertThat(ItemLabels.isSectionHeading("一是压实责任，二是强化督导")).isFalse();
		assertThat(ItemLabels.isSectionHeading("一、" + "很长的小标题".repeat(10))).isFalse();
	}

}
