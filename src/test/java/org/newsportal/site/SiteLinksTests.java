package org.newsportal.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsportal.bulletin.ItemKind;
import org.newsportal.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;

class SiteLinksTests {

	/**
	 * A reader's address written into a template by hand: {@code @{/people}},
	 * {@code @{/dates/{date}(…)}}, {@code '/reporters/' + …}, or a name encoded there.
	 */
	private static final Pattern HAND_BUILT = Pattern
		.compile("(@\\{|')/(people|reporters|articles|dates|issues|search|printed|feed)\\b|#uris\\.escape");

	private final SiteLinks links = SiteLinks.INSTANCE;

	@Test
	void namesAreOnePathSegmentInUtf8() {
		assertThat(this.links.reporter("郭树勋")).isEqualTo("/reporters/%E9%83%AD%E6%A0%91%E5%8B%8B");
		assertThat(this.links.person("吕沛")).isEqualTo("/people/%E5%90%95%E6%B2%9B");
		assertThat(this.links.person("a/b?c#d e")).isEqualTo("/people/a%2Fb%3Fc%23d%20e");
	}

	@Test
	void daysIssuesAndMonths() {
		LocalDate day = LocalDate.of(2024, 3, 11);
		assertThat(this.links.day(day)).isEqualTo("/dates/2024-03-11");
		assertThat(this.links.days()).isEqualTo("/dates");
		assertThat(this.links.issue(day)).isEqualTo("/issues/2024-03-11");
		assertThat(this.links.month(YearMonth.of(2024, 2))).isEqualTo("/issues?year=2024&month=2");
		assertThat(this.links.monthOf(day)).isEqualTo("/issues?year=2024&month=3");
		assertThat(this.links.article("2024-03-11-abc")).isEqualTo("/articles/2024-03-11-abc");
	}

	@Test
	void searchKeepsWhatWasAskedEncodedAndLeavesOutTheRest() {
		assertThat(this.links.search(SearchQuery.of("高新区 会议")))
			.isEqualTo("/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA%20%E4%BC%9A%E8%AE%AE");
		SearchQuery all = new SearchQuery("a&b=c", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), "付凯明",
				ItemKind.PHOTO, 3, 20);
		assertThat(this.links.search(all)).isEqualTo(
				"/search?q=a%26b%3Dc&from=2024-03-01&to=2024-03-31&reporter=%E4%BB%98%E5%87%AF%E6%98%8E&kind=photo");
	}

	@Test
	void templatesBuildNoReadersAddressByHand() throws IOException {
		List<String> found = new ArrayList<>();
		Path templates = Path.of("src/main/resources/templates");
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					Matcher matcher = HAND_BUILT.matcher(lines.get(i));
					if (matcher.find()) {
						found.add(templates.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(found).as("use #links (SiteLinks) for these").isEmpty();
	}

	@Test
	void theGuardSeesTheWaysLinksWereBuiltBefore() {
		assertThat(HAND_BUILT.matcher("th:href=\"@{/dates/{date}(date=${day})}\"").find()).isTrue();
		assertThat(HAND_BUILT.matcher("th:href=\"@{'/people/' + ${#uris.escapePathSegment(name)}}\"").find()).isTrue();
		assertThat(HAND_BUILT.matcher("pager(${people}, '/people')").find()).isTrue();
		assertThat(HAND_BUILT.matcher("th:href=\"@{${#links.person(name)}}\"").find()).isFalse();
		assertThat(HAND_BUILT.matcher("th:href=\"@{/css/site.css}\"").find()).isFalse();
	}

}
