package org.newsportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.newsportal.search.Fixtures.article;

/**
 * The index folder is wiped only when what is in it cannot be read, never when another
 * process holds it: that one is the live index of a running site.
 */
class IndexFolderTests {

	@TempDir
	Path data;

	@Test
	void anIndexHeldByAnotherProcessIsRefusedAndLeftAsItIs() throws IOException {
		Path folder = this.data.resolve("search-index");
		try (SearchIndex held = SearchIndex.open(folder)) {
			held.rebuild(new Fixtures().add(article("高新区党政联席会议召开", "党工委书记吕沛主持会议。")));
			List<Path> files;
			try (var listing = Files.list(folder)) {
				files = listing.toList();
			}

			assertThatIllegalStateException().isThrownBy(() -> SearchIndex.open(folder))
				.withMessageContaining("in use by another process");

			try (var listing = Files.list(folder)) {
				assertThat(listing.toList()).containsExactlyInAnyOrderElementsOf(files);
			}
			assertThat(held.size()).isOne();
		}
	}

	@Test
	void aMissingFolderIsCreated() throws IOException {
		Path folder = this.data.resolve("not/there/yet");
		try (SearchIndex index = SearchIndex.open(folder)) {
			assertThat(index.marker()).isNull();
			assertThat(index.size()).isZero();
		}
		assertThat(folder).isDirectory();
	}

}
