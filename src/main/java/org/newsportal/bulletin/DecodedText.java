package org.newsportal.bulletin;

/**
 * Bulletin bytes turned into text: {@code text} has no BOM and only LF line ends;
 * {@code charset} names the encoding that was detected.
 */
public record DecodedText(String text, String charset) {

}
