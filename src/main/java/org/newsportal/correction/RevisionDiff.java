package org.newsportal.correction;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The lines that differ between two versions (fields first, then the body's lines), with
 * a little unchanged context around each change.
 */
public record RevisionDiff(RevisionView from, RevisionView to, List<Line> lines) {

	private static final int CONTEXT = 1;

	static RevisionDiff between(RevisionView from, ArticleVersion a, RevisionView to, ArticleVersion b) {
		List<String> before = a.lines();
		List<String> after = b.lines();
		Patch<String> patch = DiffUtils.diff(before, after);
		List<Line> lines = new ArrayList<>();
		int shown = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = Math.max(shown, delta.getSource().getPosition() - CONTEXT);
			if (start > shown && !lines.isEmpty()) {
				lines.add(new Line(Change.GAP, "…"));
			}
			for (int i = start; i < delta.getSource().getPosition(); i++) {
				lines.add(new Line(Change.SAME, before.get(i)));
			}
			delta.getSource().getLines().forEach((line) -> lines.add(new Line(Change.REMOVED, line)));
			delta.getTarget().getLines().forEach((line) -> lines.add(new Line(Change.ADDED, line)));
			int end = delta.getSource().getPosition() + delta.getSource().size();
			int after2 = Math.min(before.size(), end + CONTEXT);
			for (int i = end; i < after2; i++) {
				lines.add(new Line(Change.SAME, before.get(i)));
			}
			shown = after2;
		}
		return new RevisionDiff(from, to, lines);
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	/** One line of the diff. */
	public record Line(Change change, String text) {

	}

	/** Whether a line was taken out, put in, or is context. */
	public enum Change {

		SAME, REMOVED, ADDED, GAP

	}

}
