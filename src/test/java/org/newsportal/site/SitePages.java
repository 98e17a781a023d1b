package org.newsportal.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsportal.edition.PrintedFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One page of each kind the site has, found on the running site (so the list holds
 * whatever dates and names the parser gives the seed): what the markup, accessibility and
 * no-JavaScript tests go through.
 */
final class SitePages {

	/** A word the seed bulletin uses in many items. */
	static final String FOUND_WORD = "高新区";

	/** A phrase no item contains. */
	static final String MISSING_WORD = "火星探测器";

	private final String baseUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	SitePages(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	/** Every kind of page: name (for files) and path. */
	List<Page> all() {
		// the seed's items are the newest: the fixture's come after them
		JsonNode items = JsonMapper.builder().build().readTree(fetch("/api/articles?size=100")).path("items");
		String article = null;
		String photo = null;
		String date = null;
		for (JsonNode item : items) {
			if (article == null && item.path("kind").asString().equals("article")) {
				article = item.path("url").asString();
				date = item.path("date").asString();
			}
			if (photo == null && item.path("kind").asString().equals("photo")) {
				photo = item.path("url").asString();
			}
		}
		if (article == null || photo == null) {
			throw new IllegalStateException("the seed bulletin should give both an article and a photo item");
		}
		String reporter = firstLink("/reporters", "main table a");
		String person = firstLink("/people", "main table a");
		return List.of(new Page("front", "/"), new Page("article", article), new Page("photo", photo),
				new Page("dates", "/dates"), new Page("day", "/dates/" + date),
				new Page("search", "/search?q=" + encode(FOUND_WORD)),
				new Page("search-none", "/search?q=" + encode(MISSING_WORD)), new Page("search-blank", "/search"),
				new Page("reporters", "/reporters"), new Page("reporter", reporter), new Page("people", "/people"),
				new Page("person", person), new Page("issues", "/issues"),
				new Page("issue", "/issues/" + PrintedFixture.ISSUE),
				new Page("printed-page", "/issues/" + PrintedFixture.ISSUE + "/01"),
				new Page("printed-page-name", "/issues/pages/" + encode("要闻")), new Page("not-found", "/no-such-page"));
	}

	String fetch(String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
				.build();
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String firstLink(String path, String css) {
		Document page = Jsoup.parse(fetch(path), this.baseUrl + path);
		return page.selectFirst(css).attr("href");
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	record Page(String name, String path) {

	}

}
