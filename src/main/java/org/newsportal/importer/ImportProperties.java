package org.newsportal.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.newsportal.bulletin.Vocabulary;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import settings, under {@code portal.import.*}.
 *
 * @param watchDir a folder the site imports bulletins from as they are dropped there (see
 * {@link WatchFolder}); unset, nothing is watched
 * @param watchInterval how long the watch folder waits between two looks; a file is
 * imported once it is unchanged across one interval
 * @param roles byline roles the paper prints besides the common ones ({@code 融媒体中心记者}),
 * see {@link Vocabulary#DEFAULT_ROLES}
 * @param agencies agencies and outlets its datelines name besides the common ones
 * ({@code 焦作网}), see {@link Vocabulary#DEFAULT_AGENCIES}
 * @param staffRoles roles its page furniture names besides the common ones
 * ({@code 图片总监}), see {@link Vocabulary#DEFAULT_STAFF_ROLES}
 */
@ConfigurationProperties("portal.import")
record ImportProperties(Path watchDir, @DefaultValue("5s") Duration watchInterval, @DefaultValue List<String> roles,
		@DefaultValue List<String> agencies, @DefaultValue List<String> staffRoles) {

	/** The widths of the columns the words end up in (V1 and V8). */
	private static final int MAX_ROLE = 20;

	private static final int MAX_AGENCY = 100;

	private static final int MAX_STAFF_ROLE = 40;

	ImportProperties {
		// Zero would poll the folder in a busy loop.
		if (watchInterval.isZero() || watchInterval.isNegative()) {
			throw new IllegalArgumentException("portal.import.watch-interval must be positive, not " + watchInterval);
		}
		check("roles", roles, MAX_ROLE);
		check("agencies", agencies, MAX_AGENCY);
		check("staff-roles", staffRoles, MAX_STAFF_ROLE);
	}

	/** The parser's vocabulary: the defaults and the paper's own words. */
	Vocabulary vocabulary() {
		return Vocabulary.withExtra(this.roles, this.agencies, this.staffRoles);
	}

	private static void check(String name, List<String> words, int max) {
		for (String word : words) {
			if (word != null && word.strip().length() > max) {
				throw new IllegalArgumentException(
						"portal.import." + name + ": '" + word + "' is longer than " + max + " characters");
			}
		}
	}

}
