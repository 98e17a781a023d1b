package org.newsportal.bulletin;

import java.nio.charset.StandardCharsets;

/**
 * Placeholder until the real decoder lands: UTF-8 only.
 */
public final class BulletinDecoder {

	private BulletinDecoder() {
	}

	public static DecodedText decode(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
		if (text.isBlank()) {
			throw new BulletinFormatException("文件为空");
		}
		return new DecodedText(text, "UTF-8");
	}

}
