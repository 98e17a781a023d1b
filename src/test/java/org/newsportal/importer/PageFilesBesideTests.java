package org.newsportal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PageFilesBesideTests {

	@Test
	void aFolderListedOnceGivesEachBulletinItsOwnPageFiles(@TempDir Path folder, @TempDir Path elsewhere)
			throws IOException {
		Files.writeString(folder.resolve("2024-03-12-01.md"), "# 一版\n");
		Files.writeString(folder.resolve("2024-03-12-01.pdf"), "pdf");
		Files.writeString(folder.resolve("2024-03-12-01.JPG"), "jpeg");
		Files.writeString(folder.resolve("2024-03-12-01.txt"), "not a page file");
		Files.writeString(folder.resolve("2024-03-12-02.md"), "# 二版\n");
		Files.writeString(folder.resolve("2024-03-12-02.png"), "png");
		Files.createSymbolicLink(folder.resolve("2024-03-12-02.pdf"),
				Files.writeString(elsewhere.resolve("x.pdf"), "outside"));
		Files.writeString(folder.resolve("2024-03-12-03.md"), "# 三版\n");
		PageFilesBeside.Folder listed = PageFilesBeside.Folder.list(folder);
		// Files added afterwards are not seen: the listing is taken once
		Files.writeString(folder.resolve("2024-03-12-03.pdf"), "late");

		assertThat(listed.of(folder.resolve("2024-03-12-01.md"))).extracting(Attachment::name)
			.containsExactly("2024-03-12-01.JPG", "2024-03-12-01.pdf");
		assertThat(listed.of(folder.resolve("2024-03-12-02.md"))).extracting(Attachment::name)
			.containsExactly("2024-03-12-02.png");
		assertThat(listed.of(folder.resolve("2024-03-12-03.md"))).isEmpty();
		assertThat(PageFilesBeside.of(folder.resolve("2024-03-12-03.md"))).extracting(Attachment::name)
			.containsExactly("2024-03-12-03.pdf");
	}

}
