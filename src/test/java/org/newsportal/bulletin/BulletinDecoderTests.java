package org.newsportal.bulletin;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulletinDecoderTests {

	private static final String NEWS = "# 丰乐镇举办农民丰收节\n\n本报讯（记者邵晨阳）9月23日上午，丰乐镇举办农民丰收节。\n";

	@Test
	void decodesUtf8() {
		DecodedText decoded = BulletinDecoder.decode(NEWS.getBytes(StandardCharsets.UTF_8));
		assertThat(decoded).isEqualTo(new DecodedText(NEWS, "UTF-8"));
	}

	@Test
	void stripsTheUtf8Bom() {
		DecodedText decoded = BulletinDecoder.decode(Fixtures.bytes("bom.md"));
		assertThat(decoded.charset()).isEqualTo("UTF-8");
		assertThat(decoded.text()).startsWith("# 白沙乡").doesNotContain("\uFEFF");
	}

	@Test
	void refusesUtf16WithOrWithoutBomWithAMessageSayingWhatToDo() {
		byte[] body = NEWS.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		for (byte[] utf16 : new byte[][] { bytes, NEWS.getBytes(StandardCharsets.UTF_16), body,
				NEWS.getBytes(StandardCharsets.UTF_16BE) }) {
			assertThatThrownBy(() -> BulletinDecoder.decode(utf16)).isInstanceOf(BulletinFormatException.class)
				.hasMessageContaining("UTF-16")
				.hasMessageContaining("另存为 UTF-8");
		}
	}

	@Test
	void decodesGb18030WithSupplementaryCharacters() {
		String text = "# 丰乐镇𠀀村举办农民丰收节\n\n本报讯（记者邵晨阳）9月23日上午，𠀀村和㐀村举办农民丰收节。\n";
		byte[] bytes = text.getBytes(Charset.forName("GB18030"));
		assertThat(BulletinDecoder.decode(bytes)).isEqualTo(new DecodedText(text, "GB18030"));
	}

	@Test
	void decodesGb18030Bytes() {
		byte[] bytes = NEWS.getBytes(Charset.forName("GB18030"));
		assertThat(BulletinDecoder.decode(bytes)).isEqualTo(new DecodedText(NEWS, "GB18030"));
	}

	@Test
	void decodesTheGb18030Fixture() {
		DecodedText decoded = BulletinDecoder.decode(Fixtures.bytes("gb18030.txt"));
		assertThat(decoded.charset()).isEqualTo("GB18030");
		assertThat(decoded.text()).startsWith("# 丰乐镇举办农民丰收节").contains("镇领导汤建军、薛玉兰出席活动。");
	}

	@Test
	void normalisesCrlfAndLoneCr() {
		DecodedText decoded = BulletinDecoder.decode(Fixtures.bytes("crlf.md"));
		assertThat(decoded.text()).doesNotContain("\r").startsWith("# 东湖社区开展消防演练\n\n本报讯").endsWith("要点。\n");
		assertThat(BulletinDecoder.decode("一\r\n二\r三".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("一\n二\n三");
	}

	@Test
	void refusesLatin1Text() {
		byte[] latin1 = "Café crème brûlée à la française, déjà vu, naïve façade".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> BulletinDecoder.decode(latin1)).isInstanceOf(BulletinFormatException.class)
			.hasMessage("文件编码无法识别：既不是 UTF-8 也不是 GB18030");
	}

	@Test
	void refusesRandomBytes() {
		Random random = new Random(20240311);
		for (int round = 0; round < 50; round++) {
			byte[] bytes = new byte[200 + random.nextInt(2000)];
			random.nextBytes(bytes);
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == 0) {
					bytes[i] = 1;
				}
			}
			assertThatThrownBy(() -> BulletinDecoder.decode(bytes)).isInstanceOf(BulletinFormatException.class);
		}
	}

	@Test
	void refusesHighBytesThatOnlyLookLikeGb18030() {
		// every pair is a valid GB18030 code, but decodes to rare ideographs and symbols
		byte[] bytes = new byte[400];
		for (int i = 0; i < bytes.length; i += 2) {
			bytes[i] = (byte) (0x81 + (i % 30));
			bytes[i + 1] = (byte) (0x41 + (i % 20));
		}
		assertThatThrownBy(() -> BulletinDecoder.decode(bytes)).isInstanceOf(BulletinFormatException.class)
			.hasMessage("文件编码无法识别：既不是 UTF-8 也不是 GB18030");
	}

	@Test
	void refusesNulBytes() {
		byte[] bytes = "# 标题\n\n正文\u0000二进制".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> BulletinDecoder.decode(bytes)).isInstanceOf(BulletinFormatException.class)
			.hasMessage("文件包含 NUL 字节，可能是二进制文件");
	}

	@Test
	void refusesEmptyAndWhitespace() {
		assertThatThrownBy(() -> BulletinDecoder.decode(new byte[0])).hasMessage("文件为空");
		assertThatThrownBy(() -> BulletinDecoder.decode(" \n\t\r\n\u3000 ".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(BulletinFormatException.class)
			.hasMessage("文件为空");
		assertThatThrownBy(() -> BulletinDecoder.decode(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }))
			.hasMessage("文件为空");
	}

	@Test
	void refusesControlCharacters() {
		byte[] bytes = "# 标题\u0007\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> BulletinDecoder.decode(bytes)).isInstanceOf(BulletinFormatException.class)
			.hasMessageContaining("控制字符");
	}

}
