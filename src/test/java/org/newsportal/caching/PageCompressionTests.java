package org.newsportal.caching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.Compression;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class PageCompressionTests {

	private static final byte[] PAGE = "<p>高新区党政联席会议召开</p>".repeat(200).getBytes(StandardCharsets.UTF_8);

	@Test
	void compressesTheConfiguredTypesFromTheMinimumSize() throws IOException {
		PageCompression compression = PageCompression.of(compression(true));
		byte[] gzipped = compression.compress(PAGE, "text/html;charset=UTF-8");
		assertThat(gzipped).isNotNull().hasSizeLessThan(PAGE.length);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			assertThat(in.readAllBytes()).isEqualTo(PAGE);
		}
		assertThat(compression.compress(PAGE, "TEXT/HTML")).isNotNull();
		assertThat(compression.compress(PAGE, "image/png")).isNull();
		assertThat(compression.compress(PAGE, "not a type")).isNull();
		assertThat(compression.compress(PAGE, null)).isNull();
		assertThat(compression.compress(new byte[100], "text/html")).isNull();
	}

	@Test
	void nothingIsCompressedWhenTheServerDoesNotCompress() {
		PageCompression compression = PageCompression.of(compression(false));
		assertThat(compression.compress(PAGE, "text/html")).isNull();
		assertThat(compression.isAccepted(request("gzip", "Firefox"))).isFalse();
	}

	@Test
	void gzipIsTakenWhenNamedWithAWeightAboveZero() {
		assertThat(PageCompression.acceptsGzip("gzip")).isTrue();
		assertThat(PageCompression.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
		assertThat(PageCompression.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(PageCompression.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(PageCompression.acceptsGzip("gzip;q=0.0, deflate")).isFalse();
		assertThat(PageCompression.acceptsGzip("gzip;q=nonsense")).isFalse();
		assertThat(PageCompression.acceptsGzip("identity")).isFalse();
		assertThat(PageCompression.acceptsGzip("x-gzip-not")).isFalse();
		assertThat(PageCompression.acceptsGzip("")).isFalse();
	}

	@Test
	void excludedAgentsGetThePageUncompressed() {
		Compression settings = compression(true);
		settings.setExcludedUserAgents(new String[] { ".*OldBrowser.*" });
		PageCompression compression = PageCompression.of(settings);
		assertThat(compression.isAccepted(request("gzip", "Mozilla/5.0 Firefox"))).isTrue();
		assertThat(compression.isAccepted(request("gzip", "an OldBrowser 1.0"))).isFalse();
		assertThat(compression.isAccepted(request(null, "Mozilla/5.0 Firefox"))).isFalse();
		assertThat(compression.isAccepted(request("gzip", null))).isTrue();
	}

	private static Compression compression(boolean enabled) {
		Compression compression = new Compression();
		compression.setEnabled(enabled);
		compression.setMimeTypes(new String[] { "text/html", "application/json" });
		compression.setMinResponseSize(DataSize.ofKilobytes(2));
		return compression;
	}

	private static MockHttpServletRequest request(String acceptEncoding, String agent) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		if (agent != null) {
			request.addHeader("User-Agent", agent);
		}
		return request;
	}

}
