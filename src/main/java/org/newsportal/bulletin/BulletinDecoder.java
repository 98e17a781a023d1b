package org.newsportal.bulletin;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bulletin bytes into text. Editors save from Word, WPS or old Windows
 * tools, so both UTF-8 and GB18030 arrive; a wrong guess would store mojibake for good,
 * so every decoding is strict and a GB18030 result must also look like Chinese text.
 */
public final class BulletinDecoder {

	static final String EMPTY = "文件为空";

	static final String NUL = "文件包含 NUL 字节，可能是二进制文件";

	static final String UNKNOWN = "文件编码无法识别：既不是 UTF-8 也不是 GB18030";

	static final String UTF16 = "文件是 UTF-16 编码（记事本所说的“Unicode”），只接受 UTF-8 或 GB18030：请另存为 UTF-8 后再导入";

	private static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * Share of characters that must be ordinary Chinese/ASCII text in a GB18030 guess.
	 */
	private static final double PLAUSIBLE_SHARE = 0.95;

	private BulletinDecoder() {
	}

	public static DecodedText decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new BulletinFormatException(EMPTY);
		}
		// Refused rather than decoded, sure as its BOM is: bulletins are UTF-8 or GB18030
		// wherever they come from (upload, watch folder, seeds, command line), and UTF-16
		// without a BOM could not be told from binary data anyway.
		if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
			throw new BulletinFormatException(UTF16);
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new BulletinFormatException(looksLikeUtf16(bytes) ? UTF16 : NUL);
			}
		}
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return finish(strict(bytes, 3, StandardCharsets.UTF_8, UNKNOWN), "UTF-8");
		}
		String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return finish(utf8, "UTF-8");
		}
		String gb = tryStrict(bytes, GB18030);
		if (gb != null && looksLikeChineseText(gb)) {
			return finish(gb, "GB18030");
		}
		throw new BulletinFormatException(UNKNOWN);
	}

	private static DecodedText finish(String decoded, String charset) {
		String text = decoded;
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				throw new BulletinFormatException(NUL);
			}
			if (isForbiddenControl(c)) {
				throw new BulletinFormatException("文件包含控制字符（U+" + String.format("%04X", (int) c) + "），可能是二进制文件");
			}
		}
		text = normaliseLineEnds(text);
		if (isBlank(text)) {
			throw new BulletinFormatException(EMPTY);
		}
		return new DecodedText(text, charset);
	}

	static String normaliseLineEnds(String text) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u3000' && c != '\uFEFF' && c != '\u00A0') {
				return false;
			}
		}
		return true;
	}

	private static boolean isForbiddenControl(char c) {
		return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F;
	}

	/**
	 * Mojibake from GB18030 tends to produce rare ideographs, private-use characters and
	 * symbols; real bulletins are common hanzi, punctuation and ASCII. Hanzi must also be
	 * mostly within GB2312, which covers everyday newspaper text.
	 */
	private static boolean looksLikeChineseText(String text) {
		CharsetEncoder gb2312 = Charset.isSupported("GB2312") ? Charset.forName("GB2312").newEncoder() : null;
		int plausible = 0;
		int total = 0;
		int hanzi = 0;
		int commonHanzi = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int c = text.codePointAt(i);
			if (c < 0x10000 && isForbiddenControl((char) c)) {
				return false;
			}
			total++;
			if (c >= 0x4E00 && c <= 0x9FFF) {
				hanzi++;
				if (gb2312 == null || gb2312.canEncode((char) c)) {
					commonHanzi++;
				}
				plausible++;
			}
			else if (isRareHanzi(c)) {
				// Names and places in rare characters (Extension A, 𠀀 and the other
				// supplementary ideographs, which GB18030 encodes in four bytes) are real
				// text, but count against the share of common characters
				hanzi++;
				plausible++;
			}
			else if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || (c >= 0x3000 && c <= 0x303F)
					|| (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x206F) || c == 0xB7 || c == 0xFEFF) {
				plausible++;
			}
		}
		if (total == 0 || plausible < PLAUSIBLE_SHARE * total) {
			return false;
		}
		return hanzi == 0 || commonHanzi >= 0.9 * hanzi;
	}

	private static boolean isRareHanzi(int c) {
		return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0xF900 && c <= 0xFAFF);
	}

	/**
	 * UTF-16 without a BOM: Chinese or ASCII text in either byte order, which binary data
	 * with NUL bytes almost never is.
	 */
	private static boolean looksLikeUtf16(byte[] bytes) {
		if (bytes.length % 2 != 0) {
			return false;
		}
		for (Charset charset : new Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
			String text = tryStrict(bytes, charset);
			if (text != null && text.indexOf('\u0000') < 0 && looksLikeChineseText(text)) {
				return true;
			}
		}
		return false;
	}

	private static String strict(byte[] bytes, int offset, Charset charset, String failure) {
		String text = tryStrict(ByteBuffer.wrap(bytes, offset, bytes.length - offset), charset);
		if (text == null) {
			throw new BulletinFormatException(failure);
		}
		return text;
	}

	private static String tryStrict(byte[] bytes, Charset charset) {
		return tryStrict(ByteBuffer.wrap(bytes), charset);
	}

	private static String tryStrict(ByteBuffer buffer, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer);
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
