package org.newsportal.correction;

import java.util.function.Supplier;

/**
 * What a re-import does with articles an editor changed since the page was imported: keep
 * the edits, or take the page's text. Without a choice (the watch folder, the command
 * line, the API) edits are kept, so nothing an editor did is lost unasked.
 */
public enum ReimportChoice {

	KEEP_EDITS, TAKE_PAGE;

	private static final ThreadLocal<ReimportChoice> CURRENT = new ThreadLocal<>();

	/** Runs a re-import with this choice. */
	public <T> T during(Supplier<T> reimport) {
		ReimportChoice before = CURRENT.get();
		CURRENT.set(this);
		try {
			return reimport.get();
		}
		finally {
			if (before != null) {
				CURRENT.set(before);
			}
			else {
				CURRENT.remove();
			}
		}
	}

	static ReimportChoice current() {
		ReimportChoice choice = CURRENT.get();
		return (choice != null) ? choice : KEEP_EDITS;
	}

}
