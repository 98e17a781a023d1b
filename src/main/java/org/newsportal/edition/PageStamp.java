package org.newsportal.edition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A page's address parts and when its bulletin was last imported, for the sitemap.
 */
record PageStamp(String edition, LocalDate issueDate, String section, int number, Instant importedAt) {

	PageLabel label() {
		return new PageLabel(this.section, this.number);
	}

}
