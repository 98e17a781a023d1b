package org.newsportal.importer;

import java.time.LocalDate;

/**
 * A bulletin to import: its file name (no path parts), its bytes as uploaded, and what
 * the editor said of it.
 *
 * @param issueDate the issue date, or null to take it from the front matter or the text
 * @param source the paper or page name, or null
 * @param importedBy who asked for the import ({@code seeds}, {@code cli}, an editor's
 * name)
 */
public record ImportRequest(String name, byte[] content, LocalDate issueDate, String source, String importedBy) {

	/**
	 * The same request without its bytes, for keeping once they are decoded: a page near
	 * the size limit would otherwise be held twice until it is stored.
	 */
	ImportRequest withoutContent() {
		return new ImportRequest(this.name, null, this.issueDate, this.source, this.importedBy);
	}

}
