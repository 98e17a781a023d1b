package org.newsportal.release;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An import held until its release time (发布时间), and what became of it.
 *
 * @param outcome the import's summary once released, or why it failed
 */
public record HeldImport(long id, String name, LocalDate issueDate, String source, Instant releaseAt, String heldBy,
		Instant heldAt, State state, String outcome, Instant finishedAt, String finishedBy) {

	public enum State {

		WAITING, RELEASED, CANCELLED, FAILED

	}

	public boolean isWaiting() {
		return this.state == State.WAITING;
	}

}
