package org.newsportal.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsportal.ResultPage;
import org.newsportal.article.Credit;
import org.newsportal.bulletin.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.search.Fixtures.article;

/**
 * What a reader types and what they expect to find first, on a small index.
 */
class ChineseSearchTests {

	@TempDir
	Path folder;

	private SearchIndex index;

	private SearchService service;

	private final Fixtures fixtures = new Fixtures();

	private IndexedArticle meeting;

	private IndexedArticle pollutionInTitle;

	private IndexedArticle pollutionInBody;

	private IndexedArticle scattered;

	private IndexedArticle park;

	private IndexedArticle telecom;

	private IndexedArticle photo;

	@BeforeEach
	void index() {
		this.meeting = article(1, "高新区党政联席会议召开", "本报讯（记者郭树勋）3月11日上午，党工委书记吕沛主持召开高新区2024年第3次党政联席会议。",
				LocalDate.of(2024, 3, 11), ItemKind.ARTICLE, List.of(new Credit("郭树勋", "记者")));
		this.pollutionInTitle = article(1, "高新区召开大气污染防治攻坚工作推进会", "会议分析当前形势，安排部署下一阶段工作。", LocalDate.of(2024, 3, 6),
				ItemKind.ARTICLE, List.of(new Credit("王明", "记者")));
		this.pollutionInBody = article(2, "秋冬季环境整治工作部署", "全区持续推进大气污染防治。大气污染防治是重点，大气污染防治要抓实，大气污染防治久久为功。",
				LocalDate.of(2023, 11, 2), ItemKind.ARTICLE, List.of(new Credit("郭树勋", "记者")));
		this.scattered = article(2, "空气质量通报", "大气质量持续改善，水污染防治也取得进展。", LocalDate.of(2023, 11, 3), ItemKind.ARTICLE,
				List.of());
		this.park = article(2, "重点项目推进会召开", "探索在怀川高科产业园构建能源综合利用体系。", LocalDate.of(2024, 3, 8), ItemKind.ARTICLE,
				List.of());
		this.telecom = article(3, "专家举行工作会谈", "双方围绕５Ｇ网络建设与工业互联网交流。", LocalDate.of(2024, 3, 20), ItemKind.ARTICLE,
				List.of());
		this.photo = article(3, "春日高新区", "摄影：李华。高新区街景。", LocalDate.of(2024, 4, 1), ItemKind.PHOTO,
				List.of(new Credit("李华", "摄影")));
		this.fixtures.add(this.meeting, this.pollutionInTitle, this.pollutionInBody, this.scattered, this.park,
				this.telecom, this.photo);
		this.index = SearchIndex.open(this.folder.resolve("index"));
		this.index.rebuild(this.fixtures);
		this.service = new SearchService(this.index);
	}

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	@Test
	void oneCharacterFindsWordsContainingIt() {
		assertThat(slugs("议")).contains(this.meeting.slug(), this.pollutionInTitle.slug());
	}

	@Test
	void twoCharactersFindThemInsideLongerWords() {
		// The dictionary segments 高新区 as 高 / 新区: only the bigrams find 高新.
		assertThat(slugs("高新")).contains(this.meeting.slug(), this.pollutionInTitle.slug(), this.photo.slug());
		assertThat(slugs("新区")).contains(this.meeting.slug());
	}

	@Test
	void nameUnknownToTheDictionary() {
		assertThat(slugs("吕沛")).containsExactly(this.meeting.slug());
	}

	@Test
	void place() {
		assertThat(slugs("怀川高科产业园")).containsExactly(this.park.slug());
	}

	@Test
	void phraseRequiresTheCharactersInSequence() {
		assertThat(slugs("大气污染防治")).containsExactly(this.pollutionInTitle.slug(), this.pollutionInBody.slug())
			.doesNotContain(this.scattered.slug());
	}

	@Test
	void headlineOutranksRepeatedBodyMentions() {
		assertThat(slugs("大气污染防治").get(0)).isEqualTo(this.pollutionInTitle.slug());
	}

	@Test
	void digitsNextToCharacters() {
		assertThat(slugs("2024年")).containsExactly(this.meeting.slug());
		assertThat(slugs("2024年第3次")).containsExactly(this.meeting.slug());
		assertThat(slugs("2023年")).isEmpty();
	}

	@Test
	void latinAndDigitsIgnoreWidthAndCase() {
		assertThat(slugs("5G")).containsExactly(this.telecom.slug());
		assertThat(slugs("5g网络")).containsExactly(this.telecom.slug());
		assertThat(slugs("５Ｇ")).containsExactly(this.telecom.slug());
	}

	@Test
	void everyPartOfTheQueryIsRequired() {
		assertThat(slugs("吕沛 大气污染防治")).isEmpty();
		assertThat(slugs("高新区 吕沛")).containsExactly(this.meeting.slug());
		assertThat(slugs("高新区 AND 吕沛")).containsExactly(this.meeting.slug());
		assertThat(slugs("\"吕沛\"")).containsExactly(this.meeting.slug());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "*", "?", "AND", "(((", ")", "吕沛*", "\"大气污染", "title:吕沛", "+-&&||!{}[]^~\\/", "😀",
			"😀吕沛", "吕😀沛", "   ", "<script>alert(1)</script>" })
	void hostileQueriesNeverFail(String text) {
		ResultPage<SearchHit> page = this.service.search(SearchQuery.of(text));
		assertThat(page.total()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void longQueriesAreCut() {
		String text = "吕沛".repeat(1000);
		SearchQuery query = SearchQuery.of(text);
		assertThat(query.text()).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(this.service.search(query).items()).isEmpty();
	}

	@Test
	void emptyQueryFindsNothing() {
		assertThat(this.service.search(SearchQuery.of("")).total()).isZero();
		assertThat(this.service.search(SearchQuery.of("  ")).total()).isZero();
		assertThat(this.service.search(SearchQuery.of(null)).total()).isZero();
	}

	@Test
	void hitsCarryWhatTheResultListShows() {
		SearchHit hit = this.service.search(SearchQuery.of("吕沛")).items().get(0);
		assertThat(hit.url()).isEqualTo("/articles/" + this.meeting.slug());
		assertThat(hit.title()).isEqualTo("高新区党政联席会议召开");
		assertThat(hit.titleHtml()).isEqualTo("高新区党政联席会议召开");
		assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 3, 11));
		assertThat(hit.kind()).isEqualTo("article");
		assertThat(hit.bylines()).containsExactly(new Credit("郭树勋", "记者"));
		assertThat(hit.snippetHtml()).contains("党工委书记<mark>吕沛</mark>主持");
	}

	@Test
	void matchesAreMarkedAsOneSpan() {
		SearchHit hit = this.service.search(SearchQuery.of("大气污染防治")).items().get(0);
		assertThat(hit.titleHtml()).isEqualTo("高新区召开<mark>大气污染防治</mark>攻坚工作推进会");
	}

	@Test
	void snippetEscapesEverythingButTheMarks() {
		IndexedArticle hostile = article(9, "<b>吕沛</b> & co", "<script>alert('吕沛')</script> \"吕沛\"",
				LocalDate.of(2024, 1, 1), ItemKind.ARTICLE, List.of());
		this.index.replaceBulletin(9, List.of(hostile), "m");
		SearchHit hit = this.service.search(new SearchQuery("吕沛", null, null, null, null, 0, 20))
			.items()
			.stream()
			.filter((h) -> h.slug().equals(hostile.slug()))
			.findFirst()
			.orElseThrow();
		assertThat(hit.titleHtml()).isEqualTo("&lt;b&gt;<mark>吕沛</mark>&lt;/b&gt; &amp; co");
		assertThat(hit.snippetHtml()).doesNotContain("<script>")
			.contains("&lt;script&gt;alert(&#39;<mark>吕沛</mark>&#39;)&lt;/script&gt;");
	}

	@Test
	void snippetWithoutBodyMatchIsTheOpening() {
		SearchHit hit = this.service.search(SearchQuery.of("专家")).items().get(0);
		assertThat(hit.snippetHtml()).isEqualTo("双方围绕５Ｇ网络建设与工业互联网交流。");
	}

	@Test
	void filtersByDateRange() {
		assertThat(slugs(new SearchQuery("大气污染防治", LocalDate.of(2024, 1, 1), null, null, null, 0, 20)))
			.containsExactly(this.pollutionInTitle.slug());
		assertThat(slugs(new SearchQuery("大气污染防治", null, LocalDate.of(2023, 12, 31), null, null, 0, 20)))
			.containsExactly(this.pollutionInBody.slug());
		assertThat(
				slugs(new SearchQuery("大气污染防治", LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 6), null, null, 0, 20)))
			.containsExactly(this.pollutionInTitle.slug());
	}

	@Test
	void filtersByReporterExactly() {
		assertThat(slugs(new SearchQuery("大气污染防治", null, null, "郭树勋", null, 0, 20)))
			.containsExactly(this.pollutionInBody.slug());
		assertThat(slugs(new SearchQuery("大气污染防治", null, null, "郭树", null, 0, 20))).isEmpty();
	}

	@Test
	void filtersByKind() {
		assertThat(slugs(new SearchQuery("高新区", null, null, null, ItemKind.PHOTO, 0, 20)))
			.containsExactly(this.photo.slug());
		assertThat(slugs(new SearchQuery("高新区", null, null, null, ItemKind.ARTICLE, 0, 20)))
			.doesNotContain(this.photo.slug());
	}

	@Test
	void pagesAreClamped() {
		ResultPage<SearchHit> first = this.service.search(new SearchQuery("高新区", null, null, null, null, 1, 1));
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.items()).hasSize(1);
		ResultPage<SearchHit> beyond = this.service.search(new SearchQuery("高新区", null, null, null, null, 99, 1));
		assertThat(beyond.page()).isEqualTo(3);
		assertThat(beyond.items()).hasSize(1);
		ResultPage<SearchHit> huge = this.service
			.search(new SearchQuery("高新区", null, null, null, null, Integer.MAX_VALUE, 500));
		assertThat(huge.size()).isEqualTo(SearchQuery.MAX_SIZE);
		assertThat(huge.page()).isEqualTo(1);
		assertThat(huge.items()).hasSize(3);
	}

	private List<String> slugs(String text) {
		return slugs(SearchQuery.of(text));
	}

	private List<String> slugs(SearchQuery query) {
		return this.service.search(query).items().stream().map(SearchHit::slug).toList();
	}

}
