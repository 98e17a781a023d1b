package org.newsportal.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TakenSlugsImplTests {

	@Test
	void listsArePaddedToAPowerOfTwoWithTheirLastSlug() {
		assertThat(TakenSlugsImpl.padded(List.of())).isEmpty();
		assertThat(TakenSlugsImpl.padded(List.of("a"))).containsExactly("a");
		assertThat(TakenSlugsImpl.padded(List.of("a", "b"))).containsExactly("a", "b");
		assertThat(TakenSlugsImpl.padded(List.of("a", "b", "c"))).containsExactly("a", "b", "c", "c");
		assertThat(TakenSlugsImpl.padded(List.of("a", "b", "c", "d", "e"))).hasSize(8).endsWith("e", "e", "e", "e");
	}

}
