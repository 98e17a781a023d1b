package org.newsportal.edition;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's number as the paper prints it: {@code 第02版}, or {@code A02版} for a paper in
 * sections ({@code A} 叠, {@code B} 叠). Pages sort by section, then number.
 *
 * @param section {@code ""} or one capital letter
 * @param number from 1 to {@value #MAX_NUMBER}
 */
public record PageLabel(String section, int number) implements Comparable<PageLabel> {

	static final int MAX_NUMBER = 999;

	private static final Comparator<PageLabel> ORDER = Comparator.comparing(PageLabel::section)
		.thenComparingInt(PageLabel::number);

	/** {@code 2}, {@code 02}, {@code A2}, {@code 第02版}, {@code A02版}, {@code 第二版}. */
	private static final Pattern WRITTEN = Pattern
		.compile("(?:第\\s*)?([A-Za-z])?\\s*(\\d{1,3}|[一二三四五六七八九十〇零]{1,3})\\s*(?:版)?");

	public PageLabel {
		if (section == null || !section.matches("[A-Z]?")) {
			throw new IllegalArgumentException("section: " + section);
		}
		if (number < 1 || number > MAX_NUMBER) {
			throw new IllegalArgumentException("number: " + number);
		}
	}

	public static PageLabel of(int number) {
		return new PageLabel("", number);
	}

	/**
	 * Reads a page number as an editor writes it, in front matter or an address.
	 * @return the label, or empty when the text is not a page number
	 */
	public static Optional<PageLabel> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		Matcher matcher = WRITTEN.matcher(normal);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return of(matcher.group(1), matcher.group(2));
	}

	/**
	 * A label from the two parts a pattern found, when they make one.
	 */
	static Optional<PageLabel> of(String section, String digits) {
		int number = ChineseNumbers.parse(digits);
		if (number < 1 || number > MAX_NUMBER) {
			return Optional.empty();
		}
		return Optional.of(new PageLabel((section != null) ? section.toUpperCase(Locale.ROOT) : "", number));
	}

	/** The address segment: {@code 02}, {@code A02}. */
	public String code() {
		return this.section + ((this.number < 10) ? "0" : "") + this.number;
	}

	/** As printed: {@code 第02版}, {@code A02版}. */
	public String printed() {
		return this.section.isEmpty() ? "第" + code() + "版" : code() + "版";
	}

	@Override
	public int compareTo(PageLabel other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return code();
	}

	/**
	 * Arabic digits, or Chinese numerals up to 99 ({@code 二}, {@code 十二}, {@code 二十三}),
	 * which only a {@code 第…版} marker makes a page number.
	 */
	static final class ChineseNumbers {

		private static final String DIGITS = "〇一二三四五六七八九";

		private ChineseNumbers() {
		}

		/** The number, or -1. */
		static int parse(String text) {
			if (text.chars().allMatch(Character::isDigit)) {
				return Integer.parseInt(text);
			}
			String written = text.replace('零', '〇');
			int ten = written.indexOf('十');
			if (ten < 0) {
				return (written.length() == 1) ? digit(written.charAt(0)) : -1;
			}
			if (written.indexOf('十', ten + 1) >= 0 || written.length() > 3) {
				return -1;
			}
			int tens = (ten == 0) ? 1 : (ten == 1) ? digit(written.charAt(0)) : -1;
			int units = (ten == written.length() - 1) ? 0
					: (ten == written.length() - 2) ? digit(written.charAt(written.length() - 1)) : -1;
			return (tens < 1 || units < 0) ? -1 : tens * 10 + units;
		}

		private static int digit(char c) {
			int value = DIGITS.indexOf(c);
			return (value < 0) ? -1 : value;
		}

	}

}
