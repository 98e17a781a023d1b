package org.newsportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.search.Fixtures.article;

/**
 * The index is derived data: whatever happens to its folder, start-up puts it back.
 */
class SearchIndexRebuildTests {

	private static final SearchProperties PROPERTIES = new SearchProperties(null, true, Duration.ofSeconds(3));

	@TempDir
	Path data;

	private final Fixtures fixtures = new Fixtures().add(article("高新区党政联席会议召开", "党工委书记吕沛主持会议。"),
			article("高新区召开大气污染防治攻坚工作推进会", "安排部署下一阶段工作。"));

	@Test
	void newIndexIsBuiltAndThenLeftAlone() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			SearchIndexMaintainer maintainer = new SearchIndexMaintainer(index, this.fixtures, PROPERTIES);
			assertThat(maintainer.rebuildIfStale()).isTrue();
			assertThat(maintainer.rebuildIfStale()).isFalse();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).isFresh()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
	}

	@Test
	void deletedFolderIsRebuilt() throws IOException {
		buildAndClose();
		deleteRecursively(folder());
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(found(index, "吕沛")).isZero();
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).rebuildIfStale()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "segments" })
	void corruptIndexIsWipedAndRebuilt(String sparedPrefix) throws IOException {
		// All files, or only the segment data (then only the checksums tell).
		buildAndClose();
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.filter((f) -> !f.getFileName().toString().equals("write.lock"))
				.filter((f) -> sparedPrefix.isEmpty() || !f.getFileName().toString().startsWith(sparedPrefix))
				.toList()) {
				byte[] bytes = Files.readAllBytes(file);
				for (int i = bytes.length / 3; i < bytes.length; i += 7) {
					bytes[i] ^= 0x5A;
				}
				Files.write(file, bytes);
			}
		}
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(index.marker()).isNull();
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).rebuildIfStale()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
	}

	@Test
	void garbageInPlaceOfTheIndexIsReplaced() throws IOException {
		Files.createDirectories(folder());
		Files.writeString(folder().resolve("segments_1"), "not an index");
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).rebuildIfStale()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(1);
		}
	}

	@Test
	void staleIndexIsRebuilt() throws IOException {
		buildAndClose();
		this.fixtures.add(article("理工大科创城建设方案研讨会召开", "吕沛出席。"));
		try (SearchIndex index = SearchIndex.open(folder())) {
			SearchIndexMaintainer maintainer = new SearchIndexMaintainer(index, this.fixtures, PROPERTIES);
			assertThat(maintainer.isFresh()).isFalse();
			assertThat(maintainer.rebuildIfStale()).isTrue();
			assertThat(found(index, "吕沛")).isEqualTo(2);
		}
	}

	@Test
	void dirtyIndexIsRebuiltAtNextStart() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).rebuildIfStale();
			index.markDirty();
		}
		try (SearchIndex index = SearchIndex.open(folder())) {
			assertThat(index.marker()).isEqualTo(SearchIndex.DIRTY);
			assertThat(new SearchIndexMaintainer(index, this.fixtures, PROPERTIES).isFresh()).isFalse();
		}
	}

	@Test
	void bulletinIsReplacedAndDeletedAsAWhole() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			index.rebuild(this.fixtures);
			index.replaceBulletin(1, List.of(article("高新区城改项目推进会议召开", "吕沛强调加快进度。")), "after-import");
			assertThat(found(index, "吕沛")).isEqualTo(1);
			assertThat(found(index, "城改")).isEqualTo(1);
			assertThat(found(index, "大气污染防治")).isZero();
			assertThat(index.marker()).isEqualTo("after-import");
			index.replaceBulletin(1, List.of(), "after-delete");
			assertThat(index.size()).isZero();
		}
	}

	private void buildAndClose() throws IOException {
		try (SearchIndex index = SearchIndex.open(folder())) {
			index.rebuild(this.fixtures);
		}
	}

	private Path folder() {
		return this.data.resolve("search-index");
	}

	private static long found(SearchIndex index, String text) {
		return new SearchService(index).search(SearchQuery.of(text)).total();
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
