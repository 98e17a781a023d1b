package org.newsportal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: everything escaped, matches wrapped in
 * {@code <mark>}. Overlapping matches (neighbouring bigrams) are merged into one mark.
 * Passages longer than the limit are cut to a window that starts a little before the
 * first match, with an ellipsis where text was left out.
 */
final class MarkFormatter extends PassageFormatter {

	static final String ELLIPSIS = "…";

	/** Characters shown before the first match, so it is read in context. */
	private static final int LEAD = 24;

	private final int limit;

	MarkFormatter(int limit) {
		this.limit = limit;
	}

	@Override
	public String format(Passage[] passages, String content) {
		StringBuilder html = new StringBuilder();
		for (Passage passage : passages) {
			format(passage, content, html);
		}
		return html.toString();
	}

	private void format(Passage passage, String content, StringBuilder html) {
		List<int[]> marks = merge(passage);
		int start = passage.getStartOffset();
		int end = passage.getEndOffset();
		if (end - start > this.limit) {
			if (!marks.isEmpty()) {
				start = Math.max(start, marks.get(0)[0] - LEAD);
			}
			end = Math.min(end, start + this.limit);
		}
		start = codePointBoundary(content, start);
		end = codePointBoundary(content, end);
		while (start < end && Character.isWhitespace(content.charAt(start))) {
			start++;
		}
		if (start > 0) {
			html.append(ELLIPSIS);
		}
		int at = start;
		for (int[] mark : marks) {
			int from = Math.max(mark[0], at);
			int to = Math.min(mark[1], end);
			if (from >= to) {
				continue;
			}
			escape(content, at, from, html);
			html.append("<mark>");
			escape(content, from, to, html);
			html.append("</mark>");
			at = to;
		}
		escape(content, at, end, html);
		if (end < content.length()) {
			html.append(ELLIPSIS);
		}
	}

	private static List<int[]> merge(Passage passage) {
		int[][] matches = new int[passage.getNumMatches()][];
		for (int i = 0; i < matches.length; i++) {
			matches[i] = new int[] { passage.getMatchStarts()[i], passage.getMatchEnds()[i] };
		}
		Arrays.sort(matches, Comparator.comparingInt((int[] match) -> match[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] match : matches) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && match[0] <= last[1]) {
				last[1] = Math.max(last[1], match[1]);
			}
			else {
				merged.add(match.clone());
			}
		}
		return merged;
	}

	/**
	 * Moves a cut off the middle of a surrogate pair.
	 */
	private static int codePointBoundary(String content, int offset) {
		if (offset > 0 && offset < content.length() && Character.isLowSurrogate(content.charAt(offset))
				&& Character.isHighSurrogate(content.charAt(offset - 1))) {
			return offset - 1;
		}
		return offset;
	}

	static String escape(String text) {
		StringBuilder html = new StringBuilder(text.length() + 16);
		escape(text, 0, text.length(), html);
		return html.toString();
	}

	static void escape(String text, int from, int to, StringBuilder html) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
	}

}
