package org.newsportal.people;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * Where reporters and people live on the site. A name is one path segment, whatever it
 * contains, so that {@code /} or {@code ?} in a name cannot change the link.
 */
public final class PeopleLinks {

	private PeopleLinks() {
	}

	public static String reporter(String name) {
		return "/reporters/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
	}

	public static String person(String name) {
		return "/people/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
	}

}
