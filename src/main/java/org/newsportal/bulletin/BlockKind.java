package org.newsportal.bulletin;

/**
 * Block types the parser must tell apart: only {@link #PARAGRAPH} blocks are prose that
 * may be rejoined or read for datelines and captions.
 */
enum BlockKind {

	HEADING, PARAGRAPH, LIST, TABLE, CODE, QUOTE, HTML, RULE

}
