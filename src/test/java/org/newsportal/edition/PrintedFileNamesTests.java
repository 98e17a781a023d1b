package org.newsportal.edition;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File names as layout systems and editors write them; an empty cell is "nothing found".
 */
class PrintedFileNamesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "", textBlock = """
			2024-03-12-02-要闻.md            | 2024-03-12 | 02  | 要闻
			20240312_A02_要闻.md             | 2024-03-12 | A02 | 要闻
			jzrb-2024-03-12-第02版.md        | 2024-03-12 | 02  |
			2024.03.12-3版-经济.txt          | 2024-03-12 | 03  | 经济
			第02版-要闻.md                   |            | 02  | 要闻
			2024-03-12.md                    | 2024-03-12 |     |
			2024-03-12-要闻.md               | 2024-03-12 |     | 要闻
			2024-03-12-02-final.md           | 2024-03-12 | 02  |
			焦作日报_20240312_B4_国际.md     | 2024-03-12 | B04 | 国际
			""")
	void findsDatePageAndName(String name, LocalDate date, String page, String pageName) {
		PageHints hints = PrintedFileNames.read(name);
		assertThat(hints.date()).isEqualTo(date);
		assertThat((hints.page() != null) ? hints.page().code() : null).isEqualTo(page);
		assertThat(hints.pageName()).isEqualTo(pageName);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			000_223f8a6ac594ec44.txt
			page.md
			report-12.md
			a20240312.md
			2024031202.md
			1203-05-07.md
			""")
	void aNameWithoutDateOrMarkedPageGivesNothing(String name) {
		assertThat(PrintedFileNames.read(name).isEmpty()).isTrue();
	}

	@Test
	void aDateThatDoesNotExistIsNoted() {
		PageHints hints = PrintedFileNames.read("2024-02-30-02.md");
		assertThat(hints.date()).isNull();
		assertThat(hints.notes()).singleElement().asString().contains("不存在");
	}

}
