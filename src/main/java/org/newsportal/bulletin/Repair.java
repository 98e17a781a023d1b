package org.newsportal.bulletin;

/**
 * A paragraph the page layout cut in two and the parser joined again. {@code line} is the
 * 1-based line of the second half in the source; {@code tail} and {@code head} are the
 * last characters before and the first characters after the cut, so an editor can find
 * it.
 */
public record Repair(int line, String itemTitle, String tail, String head) {

	public String describe() {
		return "第" + line + "行：段落被版面截断，已接合「…" + tail + "｜" + head + "…」";
	}

}
