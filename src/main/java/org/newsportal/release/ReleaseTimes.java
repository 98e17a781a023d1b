package org.newsportal.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the release time and issue date an editor or a script gives: a time in the
 * paper's time zone as a browser's {@code datetime-local} sends it
 * ({@code 2024-03-12T05:00}), or with an offset ({@code 2024-03-12T05:00+08:00}).
 */
final class ReleaseTimes {

	private ReleaseTimes() {
	}

	static Instant parse(String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			throw new HeldImportException("请填写发布时间。");
		}
		String text = value.strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			catch (DateTimeParseException again) {
				throw new HeldImportException("发布时间格式不对：" + cut(text) + "（应为 2024-03-12T05:00 这样的格式）");
			}
		}
	}

	static LocalDate issueDate(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new HeldImportException("出版日期格式不对：" + cut(value) + "（应为 2024-03-12 这样的格式）");
		}
	}

	static String source(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > 255) {
			throw new HeldImportException("来源名称过长（最多 255 个字符）");
		}
		return value.strip();
	}

	private static String cut(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
