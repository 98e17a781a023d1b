package org.newsportal.correction;

/**
 * Why a version of an article came to be. Only a {@link #CORRECTION} is shown to readers.
 */
public enum RevisionKind {

	/** The version as imported, kept when the article is first edited. */
	IMPORTED,

	/** A correction readers are told about (更正). */
	CORRECTION,

	/** A silent fix, of a typo for instance. */
	FIX,

	/** An earlier version brought back. */
	RESTORED,

	/** A re-import of the bulletin, the editors' version kept. */
	REIMPORT_KEPT,

	/** A re-import of the bulletin, the page's text taken over the edits. */
	REIMPORT_TAKEN

}
