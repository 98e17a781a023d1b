package org.newsportal.admin;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Bulletin files for the editors' tests.
 */
final class Bulletins {

	static final String GOOD = """
			# 高新区党政联席会议召开

			本报讯（记者郭树勋）3月11日上午，会议召开。

			高新区领导古冰涛、郑侃参加会议。

			# 高新区召开大气污染防治攻坚工作推进会

			本报讯（记者赵根志）3月6日下午，推进会召开。
			""";

	private Bulletins() {
	}

	static MockMultipartFile file(String name, String text) {
		return file(name, text.getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "text/markdown", content);
	}

	static MockMultipartFile apiFile(String name, String text) {
		return new MockMultipartFile("file", name, "text/markdown", text.getBytes(StandardCharsets.UTF_8));
	}

}
