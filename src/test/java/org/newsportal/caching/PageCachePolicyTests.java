package org.newsportal.caching;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keep/don't-keep policy on its own, without a server: which requests take part and
 * which of their pages may be shared.
 */
class PageCachePolicyTests {

	private static final long MAX = 1024;

	@Test
	void anonymousGetsAndHeadsOfReadersPagesTakePart() {
		assertThat(PageCachePolicy.takesPart(new MockHttpServletRequest("GET", "/articles/a"))).isTrue();
		assertThat(PageCachePolicy.takesPart(new MockHttpServletRequest("HEAD", "/"))).isTrue();
	}

	@Test
	void otherMethodsEditorsAndExcludedPathsDoNot() {
		assertThat(PageCachePolicy.takesPart(new MockHttpServletRequest("POST", "/"))).isFalse();
		MockHttpServletRequest authorised = new MockHttpServletRequest("GET", "/");
		authorised.addHeader("Authorization", "Basic ZWRpdG9yOng=");
		assertThat(PageCachePolicy.takesPart(authorised)).isFalse();
		MockHttpServletRequest withSession = new MockHttpServletRequest("GET", "/");
		withSession.setRequestedSessionId("0123456789ABCDEF");
		assertThat(PageCachePolicy.takesPart(withSession)).isFalse();
		for (String path : PageCachePolicy.EXCLUDED) {
			assertThat(PageCachePolicy.takesPart(new MockHttpServletRequest("GET", path + "/x"))).as(path).isFalse();
		}
	}

	@Test
	void aPlainTextualOkIsKept() throws Exception {
		assertThat(mayKeep((response) -> response.setHeader("Vary", "Accept-Encoding"))).isTrue();
		assertThat(mayKeep((response) -> response.setHeader("Cache-Control", "max-age=0, public"))).isTrue();
	}

	@Test
	void whatIsPrivateToOneReaderOrNotAPageIsNotKept() throws Exception {
		assertThat(mayKeep((response) -> response.setStatus(404))).isFalse();
		assertThat(mayKeep((response) -> response.addHeader("Set-Cookie", "a=b"))).isFalse();
		assertThat(mayKeep((response) -> response.setHeader("Cache-Control", "private"))).isFalse();
		assertThat(mayKeep((response) -> response.setHeader("Cache-Control", "no-store"))).isFalse();
		assertThat(mayKeep((response) -> response.setHeader("Vary", "Accept-Encoding, Cookie"))).isFalse();
		assertThat(mayKeep((response) -> response.setContentType("image/png"))).isFalse();
	}

	@Test
	void aPageLargerThanAnEntryMayBeIsNotKept() throws Exception {
		ContentCachingResponseWrapper response = rendered((page) -> {
		});
		response.getOutputStream().write(new byte[(int) MAX + 1]);
		assertThat(PageCachePolicy.mayKeep(new MockHttpServletRequest("GET", "/"), response, MAX)).isFalse();
	}

	@Test
	void aSessionCreatedWhileRenderingKeepsThePageOut() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.getSession(true);
		assertThat(PageCachePolicy.mayKeep(request, rendered((page) -> {
		}), MAX)).isFalse();
	}

	private static boolean mayKeep(Consumer<MockHttpServletResponse> page) throws Exception {
		return PageCachePolicy.mayKeep(new MockHttpServletRequest("GET", "/"), rendered(page), MAX);
	}

	private static ContentCachingResponseWrapper rendered(Consumer<MockHttpServletResponse> page) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/html;charset=UTF-8");
		page.accept(response);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		wrapper.getOutputStream().write("<p>页</p>".getBytes(StandardCharsets.UTF_8));
		return wrapper;
	}

}
