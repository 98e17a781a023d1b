package org.newsportal.admin;

import org.newsportal.importer.ImportException;
import org.newsportal.importer.PreparedBulletin;

/**
 * One uploaded file in a preview: either prepared and ready to publish, or refused with
 * the importer's message.
 *
 * @param replaces whether publishing replaces a stored bulletin of the same name
 * @param problem why the file was refused, or null when it is ready
 * @param line the line the problem is on, or 0
 */
public record PreviewFile(String name, PreparedBulletin prepared, boolean replaces, String problem, int line) {

	static PreviewFile ready(PreparedBulletin prepared, boolean replaces) {
		return new PreviewFile(prepared.request().name(), prepared, replaces, null, 0);
	}

	static PreviewFile refused(String name, String problem, int line) {
		return new PreviewFile(name, null, false, problem, line);
	}

	static PreviewFile refused(ImportException ex) {
		return refused(ex.bulletin(), ex.getMessage(), ex.line());
	}

	public boolean isReady() {
		return this.prepared != null;
	}

}
