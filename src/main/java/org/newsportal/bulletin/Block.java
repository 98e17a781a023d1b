package org.newsportal.bulletin;

/**
 * One Markdown block of the source: a heading line, or lines between blank lines.
 * {@code text} is verbatim; {@code line} and {@code endLine} are 1-based.
 */
record Block(BlockKind kind, String text, int line, int endLine, int level) {

	boolean isHeading(int headingLevel) {
		return this.kind == BlockKind.HEADING && this.level == headingLevel;
	}

	/** The words of a heading, without the {@code #} marks. */
	String headingText() {
		return MarkdownBlocks.headingText(this.text, this.level);
	}

	/** The text with leading indentation (including full-width spaces) removed. */
	String stripped() {
		return ChineseText.strip(this.text);
	}

}
