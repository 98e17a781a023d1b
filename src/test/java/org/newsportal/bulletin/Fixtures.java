package org.newsportal.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Loads the fixture bulletins under {@code src/test/resources/bulletins}. */
final class Fixtures {

	static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

	private Fixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/bulletins/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return BulletinDecoder.decode(bytes(name)).text();
	}

	/** The seed page, as the project ships it. */
	static String seed() {
		try {
			return BulletinDecoder
				.decode(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds/000_223f8a6ac594ec44.txt")))
				.text();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ParsedBulletin parse(String name, LocalDate issueDate) {
		return new BulletinParser().parse(text(name), new ParseOptions(issueDate, TODAY));
	}

}
