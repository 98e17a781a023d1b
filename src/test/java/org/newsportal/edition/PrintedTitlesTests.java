package org.newsportal.edition;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles as different papers write them; an empty cell is "nothing found".
 */
class PrintedTitlesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "", textBlock = """
			焦作日报·第02版 要闻                         |            | 02  | 要闻      | 焦作日报
			清河日报 第3版                               |            | 03  |           | 清河日报
			A2版                                         |            | A02 |           |
			第A02版：要闻                                |            | A02 | 要闻      |
			2024年3月12日 星期二 第02版                  | 2024-03-12 | 02  |           |
			第02版：高新区新闻                           |            | 02  | 高新区新闻 |
			焦作日报 2024-03-12 第 5 版 经济             | 2024-03-12 | 05  | 经济      | 焦作日报
			第十二版 副刊                                |            | 12  | 副刊      |
			要闻 第01版                                  |            | 01  | 要闻      |
			焦作晚报｜B3版｜国内新闻                     |            | B03 | 国内新闻   | 焦作晚报
			２０２４年３月１２日 第０２版                | 2024-03-12 | 02  |           |
			焦作日报周末版 第4版 周末                    |            | 04  | 周末      | 焦作日报周末版
			第02版 要闻 2024.03.12                       | 2024-03-12 | 02  | 要闻      |
			""")
	void findsDatePageAndName(String title, LocalDate date, String page, String name, String paper) {
		PageHints hints = PrintedTitles.read(title);
		assertThat(hints.date()).isEqualTo(date);
		assertThat((hints.page() != null) ? hints.page().code() : null).isEqualTo(page);
		assertThat(hints.pageName()).isEqualTo(name);
		assertThat(hints.paper()).isEqualTo(paper);
		assertThat(hints.notes()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			高新区新闻 第 12 期
			高新区党政联席会议召开
			《条例》2024年版解读
			版权所有
			出版说明 第3版本
			""")
	void aTitleWithoutPageNumberOrDateGivesNothing(String title) {
		assertThat(PrintedTitles.read(title).isEmpty()).isTrue();
	}

	@Test
	void anIssueNumberIsNeitherPageNorName() {
		PageHints hints = PrintedTitles.read("焦作日报 总第12345期 第02版");
		assertThat(hints.page()).isEqualTo(PageLabel.of(2));
		assertThat(hints.pageName()).isNull();
	}

	@Test
	void aWeekdayThatDisagreesWithTheDateIsNoted() {
		PageHints hints = PrintedTitles.read("2024年3月12日 星期三 第02版");
		assertThat(hints.date()).isEqualTo(LocalDate.of(2024, 3, 12));
		assertThat(hints.notes()).singleElement().asString().contains("星期二");
	}

	@Test
	void aDateThatDoesNotExistIsNotedAndNotTaken() {
		PageHints hints = PrintedTitles.read("2024年2月30日 第02版");
		assertThat(hints.date()).isNull();
		assertThat(hints.page()).isEqualTo(PageLabel.of(2));
		assertThat(hints.notes()).singleElement().asString().contains("不存在");
	}

	@Test
	void aLongPhraseIsNoPageName() {
		assertThat(PrintedTitles.read("第02版 这是一句很长很长的话而不是一个版面的名称绝对不是").pageName()).isNull();
	}

}
