package org.newsportal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageNumbersTests {

	@Test
	void pageOneIsTheFirstPage() {
		assertThat(PageNumbers.request(1, 20, 100)).isEqualTo(PageRequest.of(0, 20));
		assertThat(PageNumbers.request(3, 20, 100)).isEqualTo(PageRequest.of(2, 20));
	}

	@Test
	void numbersBelowOneAskForTheFirstPage() {
		assertThat(PageNumbers.request(0, 20, 100)).isEqualTo(PageRequest.of(0, 20));
		assertThat(PageNumbers.request(-7, 20, 100)).isEqualTo(PageRequest.of(0, 20));
		assertThat(PageNumbers.request(Integer.MIN_VALUE, 20, 100)).isEqualTo(PageRequest.of(0, 20));
	}

	@Test
	void hugeNumbersStopWhereTheOffsetStillFitsAnInt() {
		PageRequest request = PageNumbers.request(Integer.MAX_VALUE, 20, 100);
		assertThat(request.getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
		assertThat(request.getPageNumber()).isEqualTo(Integer.MAX_VALUE / 20 - 1);
		assertThat(PageNumbers.exists(Integer.MAX_VALUE / 20, 20)).isTrue();
		assertThat(PageNumbers.exists(Integer.MAX_VALUE / 20 + 1, 20)).isFalse();
		assertThat(PageNumbers.exists(0, 20)).isFalse();
	}

	@Test
	void sizesAreKeptBetweenOneAndTheMost() {
		assertThat(PageNumbers.request(1, 0, 100).getPageSize()).isEqualTo(1);
		assertThat(PageNumbers.request(1, -3, 100).getPageSize()).isEqualTo(1);
		assertThat(PageNumbers.request(1, 5000, 100).getPageSize()).isEqualTo(100);
		assertThat(PageNumbers.request(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE).getOffset()).isZero();
	}

	@Test
	void resultPagesCountFromOneAsTheAddressesDo() {
		ResultPage<String> first = ResultPage.of(new PageImpl<>(List.of("a"), PageRequest.of(0, 2), 5), List.of("a"));
		assertThat(first.page()).isEqualTo(1);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		ResultPage<String> last = ResultPage.of(new PageImpl<>(List.of("e"), PageRequest.of(2, 2), 5), List.of("e"));
		assertThat(last.page()).isEqualTo(3);
		assertThat(last.hasPrevious()).isTrue();
		assertThat(last.hasNext()).isFalse();
	}

}
