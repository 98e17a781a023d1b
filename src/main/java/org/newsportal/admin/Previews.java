package org.newsportal.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps previews between upload and publish, so publishing stores exactly what was
 * previewed and never content sent again by the browser. Each preview holds whole parsed
 * files, so what all previews may hold together is bounded (an eighth of the heap unless
 * {@code portal.upload.preview-memory} says otherwise): the oldest previews are dropped
 * first when a new one needs the room, a session keeps only its latest few, and a preview
 * untouched for as long as a session lasts is dropped. A dropped preview cannot be
 * published; the editor uploads again. Previews live in memory only: they do not outlive
 * a restart.
 */
@Component
class Previews {

	static final int MAX_PER_SESSION = 3;

	/** As long as an editor's session lasts without activity. */
	static final Duration IDLE = Duration.ofMinutes(30);

	private final long budget;

	private final Duration idle;

	private final Clock clock;

	/** Oldest first. */
	private final Map<String, Held> previews = new LinkedHashMap<>();

	private long weight;

	/** The photos' renditions the previews keep in temporary files (not the heap). */
	private final long photoBudget;

	private long photoBytes;

	@Autowired
	Previews(@Value("${portal.upload.preview-memory:}") DataSize budget,
			@Value("${portal.upload.preview-photos:1GB}") DataSize photoBudget, Clock clock) {
		// A sixteenth of the heap unless set: 16 MB with -Xmx256m, four million
		// characters, within what one transaction may store (an upload is published in
		// one)
		this((budget != null) ? budget.toBytes() : Runtime.getRuntime().maxMemory() / 16, photoBudget.toBytes(), IDLE,
				clock);
	}

	Previews(long budget, Duration idle, Clock clock) {
		this(budget, DataSize.ofGigabytes(1).toBytes(), idle, clock);
	}

	Previews(long budget, long photoBudget, Duration idle, Clock clock) {
		this.budget = budget;
		this.photoBudget = photoBudget;
		this.idle = idle;
		this.clock = clock;
	}

	/** The bytes all previews may hold together, and so one preview at most. */
	long budget() {
		return this.budget;
	}

	/** The photo bytes all previews may keep on disk together, and so one at most. */
	long photoBudget() {
		return this.photoBudget;
	}

	synchronized Preview add(HttpSession session, List<PreviewFile> files) {
		dropIdle();
		Preview preview = new Preview(UUID.randomUUID().toString(), files);
		String owner = session.getId();
		List<String> own = new ArrayList<>();
		this.previews.forEach((token, held) -> {
			if (held.owner.equals(owner)) {
				own.add(token);
			}
		});
		for (int i = 0; i <= own.size() - MAX_PER_SESSION; i++) {
			Held dropped = this.previews.get(own.get(i));
			remove(own.get(i));
			dropped.preview.close();
		}
		Iterator<Map.Entry<String, Held>> oldest = this.previews.entrySet().iterator();
		while ((this.weight + preview.weight() > this.budget
				|| this.photoBytes + preview.photoBytes() > this.photoBudget) && oldest.hasNext()) {
			Preview dropped = oldest.next().getValue().preview;
			oldest.remove();
			forget(dropped);
		}
		this.previews.put(preview.token(), new Held(owner, preview, this.clock.instant()));
		this.weight += preview.weight();
		this.photoBytes += preview.photoBytes();
		return preview;
	}

	synchronized Optional<Preview> find(HttpSession session, String token) {
		dropIdle();
		Held held = this.previews.get(token);
		if (held == null || !held.owner.equals(session.getId())) {
			return Optional.empty();
		}
		held.used = this.clock.instant();
		return Optional.of(held.preview);
	}

	/**
	 * Removes and returns a preview, so that it can be published or cancelled only once.
	 */
	synchronized Optional<Preview> take(HttpSession session, String token) {
		dropIdle();
		Held held = this.previews.get(token);
		if (held == null || !held.owner.equals(session.getId())) {
			return Optional.empty();
		}
		remove(token);
		return Optional.of(held.preview);
	}

	/** Takes a preview out of the account; its photos' files are kept for the caller. */
	private void remove(String token) {
		Held held = this.previews.remove(token);
		if (held != null) {
			this.weight -= held.preview.weight();
			this.photoBytes -= held.preview.photoBytes();
		}
	}

	/** A preview dropped for good: out of the account, its photos' files deleted. */
	private void forget(Preview preview) {
		this.weight -= preview.weight();
		this.photoBytes -= preview.photoBytes();
		preview.close();
	}

	private void dropIdle() {
		Instant before = this.clock.instant().minus(this.idle);
		this.previews.values().removeIf((held) -> {
			boolean idle = held.used.isBefore(before);
			if (idle) {
				forget(held.preview);
			}
			return idle;
		});
	}

	private static final class Held {

		private final String owner;

		private final Preview preview;

		private Instant used;

		Held(String owner, Preview preview, Instant used) {
			this.owner = owner;
			this.preview = preview;
			this.used = used;
		}

	}

}
