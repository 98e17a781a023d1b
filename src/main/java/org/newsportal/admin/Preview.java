package org.newsportal.admin;

import java.util.List;

import org.newsportal.importer.PreparedBulletin;

/**
 * An upload read and checked but not stored, kept on the server until the editor
 * publishes or cancels it.
 */
public record Preview(String token, List<PreviewFile> files) implements AutoCloseable {

	public Preview {
		files = List.copyOf(files);
	}

	public List<PreparedBulletin> ready() {
		return this.files.stream().filter(PreviewFile::isReady).map(PreviewFile::prepared).toList();
	}

	/** About the memory the preview holds, in bytes. */
	long weight() {
		return this.files.stream().filter(PreviewFile::isReady).mapToLong((file) -> file.prepared().weight()).sum();
	}

	/** The photos' renditions it keeps on disk until published or dropped. */
	long photoBytes() {
		return this.files.stream().filter(PreviewFile::isReady).mapToLong((file) -> file.prepared().photoBytes()).sum();
	}

	/** Lets go of its photos' temporary files: it can no longer be published. */
	@Override
	public void close() {
		ready().forEach(PreparedBulletin::close);
	}

	public boolean hasProblems() {
		return this.files.stream().anyMatch((file) -> !file.isReady());
	}

}
