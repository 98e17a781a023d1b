package org.newsportal.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageLabelTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2       | 02  | 第02版
			02      | 02  | 第02版
			第 2 版 | 02  | 第02版
			第十版  | 10  | 第10版
			第二十三版 | 23 | 第23版
			a2      | A02 | A02版
			A02版   | A02 | A02版
			１２    | 12  | 第12版
			120     | 120 | 第120版
			""")
	void readsWhatEditorsWrite(String written, String code, String printed) {
		PageLabel label = PageLabel.parse(written).orElseThrow();
		assertThat(label.code()).isEqualTo(code);
		assertThat(label.printed()).isEqualTo(printed);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			0
			1000
			AB2
			要闻
			二十十
			-1
			''
			""")
	void refusesWhatIsNoPageNumber(String written) {
		assertThat(PageLabel.parse(written)).isEmpty();
	}

	@Test
	void sortsBySectionThenNumber() {
		List<PageLabel> labels = new ArrayList<>(List.of(new PageLabel("B", 1), PageLabel.of(10), new PageLabel("A", 2),
				PageLabel.of(2), new PageLabel("A", 10)));
		Collections.sort(labels);
		assertThat(labels).extracting(PageLabel::code).containsExactly("02", "10", "A02", "A10", "B01");
	}

}
