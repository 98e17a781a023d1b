package org.newsportal.bulletin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The lines naming who made the page. */
class PageFurnitureTests {

	private static final Vocabulary WORDS = Vocabulary.DEFAULTS;

	@Test
	void severalRolesOnOneLine() {
		assertThat(PageFurniture.parse("本版编辑：邝雨桐　美编：卓立言　校对：甘秋实", 3, WORDS))
			.extracting(PageStaff::role, PageStaff::name, PageStaff::line)
			.containsExactly(tuple("本版编辑", "邝雨桐", 3), tuple("美编", "卓立言", 3), tuple("校对", "甘秋实", 3));
	}

	@Test
	void spacesSlashesAndBracketsInsteadOfColons() {
		assertThat(PageFurniture.parse("责任编辑 苗志远", 1, WORDS)).extracting(PageStaff::name).containsExactly("苗志远");
		assertThat(PageFurniture.parse("【版式设计：桑远航】", 1, WORDS)).extracting(PageStaff::role).containsExactly("版式设计");
		assertThat(PageFurniture.parse("■本版编辑/龚小川 校对/卢一凡", 1, WORDS)).hasSize(2);
		assertThat(PageFurniture.parse("本版编辑：王五、赵六\n美编：孙七", 8, WORDS)).extracting(PageStaff::name, PageStaff::line)
			.containsExactly(tuple("王五", 8), tuple("赵六", 8), tuple("孙七", 9));
	}

	@Test
	void proseAboutEditorsIsNoFurniture() {
		assertThat(PageFurniture.parse("编辑部主任莫晴川表示，今年将推出更多融媒体产品。", 1, WORDS)).isNull();
		assertThat(PageFurniture.parse("校对工作要一丝不苟", 1, WORDS)).isNull();
		assertThat(PageFurniture.parse("美编小组", 1, WORDS)).as("no colon, no surname").isNull();
		assertThat(PageFurniture.parse("本版编辑：", 1, WORDS)).as("a role without a name").isNull();
		assertThat(PageFurniture.parse("本版编辑：王五\n这是一段正文。", 1, WORDS)).as("every line must be furniture").isNull();
	}

	@Test
	void aPaperAddsItsOwnStaffRoles() {
		assertThat(PageFurniture.parse("图片总监：韩一", 1, WORDS)).isNull();
		Vocabulary paper = Vocabulary.withExtra(null, null, java.util.List.of("图片总监"));
		assertThat(PageFurniture.parse("图片总监：韩一", 1, paper)).extracting(PageStaff::role).containsExactly("图片总监");
	}

}
