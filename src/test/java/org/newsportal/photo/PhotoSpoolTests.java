package org.newsportal.photo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoSpoolTests {

	@TempDir
	private Path folder;

	@Test
	void spoolFilesLeftByAStoppedProcessAreDeletedOnlyWhenOld() throws Exception {
		Instant now = Instant.parse("2026-12-05T00:00:00Z");
		Path old = spool("portal-photo-1.spool", now.minus(Duration.ofDays(2)));
		Path recent = spool("portal-photo-2.spool", now.minus(Duration.ofHours(2)));
		Path other = spool("someone-else.spool", now.minus(Duration.ofDays(2)));

		assertThat(PhotoSpool.deleteLeftOver(this.folder, now.minus(Duration.ofDays(1)))).isEqualTo(1);

		assertThat(old).doesNotExist();
		assertThat(recent).exists();
		assertThat(other).exists();
		assertThat(PhotoSpool.deleteLeftOver(this.folder.resolve("missing"), now)).isZero();
	}

	private Path spool(String name, Instant written) throws Exception {
		Path file = Files.write(this.folder.resolve(name), new byte[] { 1, 2, 3 });
		Files.setLastModifiedTime(file, FileTime.from(written));
		return file;
	}

}
