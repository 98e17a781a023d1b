package org.newsportal.importer;

/**
 * What an import did to the database.
 */
public enum ImportOutcome {

	/** A bulletin of that name was not there before. */
	CREATED,

	/** The bulletin was there with other content; its articles were replaced. */
	REPLACED,

	/** The same bulletin was already there; nothing changed. */
	UNCHANGED

}
