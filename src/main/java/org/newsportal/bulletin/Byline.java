package org.newsportal.bulletin;

/**
 * One credited person: {@code name} as printed, {@code role} as printed ({@code 记者},
 * {@code 通讯员}, {@code 见习记者}, {@code 实习生}, ...) or {@link #PHOTOGRAPHER} for a photo
 * credit.
 */
public record Byline(String name, String role) {

	public static final String PHOTOGRAPHER = "摄影";

	/** The role of a name printed without one. */
	public static final String AUTHOR = "作者";

}
