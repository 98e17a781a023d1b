package org.newsportal.search;

import java.nio.file.Path;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.search.Fixtures.article;

/**
 * Why the index has both bigram and dictionary-word fields: each alone gets something
 * wrong that readers notice.
 */
class AnalysisChoiceTests {

	@TempDir
	Path folder;

	private SearchIndex index;

	private final Fixtures fixtures = new Fixtures();

	private final QueryBuilder words = new QueryBuilder(new SmartChineseAnalyzer());

	private final ChineseQueries combined = new ChineseQueries(ChineseAnalysis.analyzer());

	@BeforeEach
	void index() {
		this.fixtures.add(article("高新区召开党政联席会议", "党工委书记吕沛主持会议。"), article("东北京剧团来我市演出", "剧团带来经典剧目。"),
				article("北京代表团来我市访问", "代表团考察重点项目。"));
		this.index = SearchIndex.open(this.folder);
		this.index.rebuild(this.fixtures);
	}

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	@Test
	void dictionaryWordsAloneMissPartsOfWords() {
		// SmartChineseAnalyzer segments 高新区 as 高 / 新区 and 会议 as one word, so
		// searching its words field misses what a reader expects to find.
		assertThat(hits(this.words.createPhraseQuery(SearchFields.TITLE_WORDS, "高新"))).isZero();
		assertThat(hits(this.words.createPhraseQuery(SearchFields.TITLE_WORDS, "会"))).isZero();
		assertThat(hits(this.combined.text("高新"))).isEqualTo(1);
		assertThat(hits(this.combined.text("会"))).isEqualTo(1);
		assertThat(hits(this.combined.text("联席"))).isEqualTo(1);
	}

	@Test
	void dictionaryWordsAloneFindNamesOnlyCharacterByCharacter() {
		// An unknown name comes out as single characters; with words alone, 吕 and 沛
		// anywhere in a text would do. Bigrams require them together.
		assertThat(this.words.createPhraseQuery(SearchFields.BODY_WORDS, "吕沛").toString()).contains("吕 沛");
		assertThat(this.combined.text("吕沛").toString()).contains("body_grams:吕沛");
	}

	@Test
	void bigramsAloneCannotTellWordsFromCharactersThatHappenToMeet() {
		// 东北京剧团 contains the bigram 北京 just as 北京代表团 does; on bigrams alone the
		// two headlines score the same.
		ScoreDoc[] grams = top(new TermQuery(new Term(SearchFields.TITLE_GRAMS, "北京")));
		assertThat(grams).hasSize(2);
		assertThat(grams[0].score).isEqualTo(grams[1].score);
		// The dictionary segments 东北 / 京剧团 and 北京 / 代表团: agreeing with it puts the
		// delegation from Beijing first.
		ScoreDoc[] both = top(this.combined.text("北京"));
		assertThat(both).hasSize(2);
		assertThat(both[0].score).isGreaterThan(both[1].score);
		assertThat(title(both[0])).isEqualTo("北京代表团来我市访问");
	}

	private long hits(Query query) {
		return (query != null) ? this.index.search((searcher) -> searcher.count(query)) : 0;
	}

	private ScoreDoc[] top(Query query) {
		return this.index.search((searcher) -> searcher.search(query, 10).scoreDocs);
	}

	private String title(ScoreDoc hit) {
		return this.index.search((searcher) -> ArticleDocuments.title(searcher.storedFields().document(hit.doc)));
	}

}
