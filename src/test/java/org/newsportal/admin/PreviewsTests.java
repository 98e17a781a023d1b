package org.newsportal.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.MutableClock;
import org.newsportal.importer.PreparedBulletin;
import org.newsportal.importer.ImportRequest;
import org.newsportal.bulletin.BulletinParser;
import org.newsportal.bulletin.ParseOptions;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewsTests {

	private static final Duration IDLE = Duration.ofMinutes(30);

	private final MutableClock clock = new MutableClock(Instant.parse("2024-03-12T08:00:00Z"));

	@Test
	void theOldestPreviewsAreDroppedWhenTheBudgetIsFull() {
		Previews previews = new Previews(40 * 1024, IDLE, this.clock);
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		Preview old = previews.add(first, List.of(file(4_000)));
		Preview newer = previews.add(second, List.of(file(4_000)));
		assertThat(previews.find(first, old.token())).isPresent();
		// 16 KB each: the third does not fit beside both others
		Preview third = previews.add(second, List.of(file(4_000)));
		assertThat(previews.find(first, old.token())).isEmpty();
		assertThat(previews.find(second, newer.token())).isPresent();
		assertThat(previews.find(second, third.token())).isPresent();
	}

	@Test
	void aPreviewIsOnlyEverSeenAndTakenByItsOwnSession() {
		Previews previews = new Previews(1024 * 1024, IDLE, this.clock);
		MockHttpSession owner = new MockHttpSession();
		MockHttpSession stranger = new MockHttpSession();
		Preview preview = previews.add(owner, List.of(file(10)));
		assertThat(previews.find(stranger, preview.token())).isEmpty();
		assertThat(previews.take(stranger, preview.token())).isEmpty();
		assertThat(previews.take(owner, preview.token())).contains(preview);
		assertThat(previews.take(owner, preview.token())).isEmpty();
	}

	@Test
	void aSessionKeepsOnlyItsLatestPreviews() {
		Previews previews = new Previews(1024 * 1024, IDLE, this.clock);
		MockHttpSession session = new MockHttpSession();
		Preview first = previews.add(session, List.of(file(10)));
		for (int i = 0; i < Previews.MAX_PER_SESSION; i++) {
			previews.add(session, List.of(file(10)));
		}
		assertThat(previews.find(session, first.token())).isEmpty();
		Preview other = previews.add(new MockHttpSession(), List.of(file(10)));
		assertThat(other).isNotNull();
	}

	@Test
	void aPreviewLeftAloneLongerThanASessionIsDropped() {
		Previews previews = new Previews(1024 * 1024, IDLE, this.clock);
		MockHttpSession session = new MockHttpSession();
		Preview kept = previews.add(session, List.of(file(10)));
		Preview forgotten = previews.add(session, List.of(file(10)));
		this.clock.advance(IDLE.minusMinutes(1));
		assertThat(previews.find(session, kept.token())).isPresent();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(previews.find(session, forgotten.token())).isEmpty();
		assertThat(previews.find(session, kept.token())).isPresent();
	}

	/** A prepared file of about {@code characters} characters of text. */
	private static PreviewFile file(int characters) {
		String text = "# 标题\n\n" + "字".repeat(characters) + "\n";
		var parsed = new BulletinParser().parse(text, new ParseOptions(null, java.time.LocalDate.of(2024, 3, 1)));
		var prepared = new PreparedBulletin(
				new ImportRequest("a.md", text.getBytes(StandardCharsets.UTF_8), null, null, "test"), "hash", "UTF-8",
				text, parsed, null, null, List.of());
		return PreviewFile.ready(prepared, false);
	}

}
