package org.newsportal.people;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsportal.article.Article;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.Credit;
import org.newsportal.article.Mention;

import org.springframework.data.domain.Limit;
import org.newsportal.importer.BulletinDeleted;
import org.newsportal.importer.BulletinImported;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds the items an article's page offers as "related": those that name the same people
 * (the strongest link in local news: the same meeting, the same project), then those by
 * the same reporters, then those close in date and with similar headlines.
 * <p>
 * Only a bounded set of candidates is scored (items sharing a person or a reporter, and
 * items within a week), so an article costs the same however large the archive grows.
 */
@Service
@Transactional(readOnly = true)
public class RelatedArticles {

	public static final int DEFAULT_LIMIT = 5;

	static final String CACHE = "related";

	static final int MAX_LIMIT = 20;

	/** Candidates taken from each source: shared people, shared reporters, the week. */
	static final int CANDIDATES_PER_SOURCE = 100;

	static final int DAYS = 7;

	static final double PERSON_WEIGHT = 3;

	static final double REPORTER_WEIGHT = 1;

	static final double DATE_WEIGHT = 1;

	static final double HEADLINE_WEIGHT = 2;

	private final ArticleRepository articles;

	private final PeopleRepository people;

	RelatedArticles(ArticleRepository articles, PeopleRepository people) {
		this.articles = articles;
		this.people = people;
	}

	/**
	 * The related items an article page shows. Cached: scoring takes a dozen queries and
	 * changes only with an import, which empties the cache here; imports on other
	 * instances show after the cache's expiry (see {@code spring.cache.caffeine.spec}).
	 */
	@Cacheable(cacheNames = CACHE, key = "#slug")
	public List<ArticleCard> related(String slug) {
		return related(slug, DEFAULT_LIMIT);
	}

	@TransactionalEventListener(classes = { BulletinImported.class, BulletinDeleted.class }, fallbackExecution = true)
	@CacheEvict(cacheNames = CACHE, allEntries = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forgetRelated() {
	}

	/**
	 * Up to {@code limit} other items, best first; empty for an unknown slug. Ties go to
	 * the nearer date, then the newer, then the slug, so the list never shuffles between
	 * requests.
	 */
	public List<ArticleCard> related(String slug, int limit) {
		if (slug == null || limit <= 0) {
			return List.of();
		}
		return this.articles.findBySlug(slug)
			.map((article) -> related(article, Math.min(limit, MAX_LIMIT)))
			.orElseGet(List::of);
	}

	private List<ArticleCard> related(Article article, int limit) {
		Set<String> names = article.getPeople().stream().map(Mention::name).collect(Collectors.toSet());
		Set<String> reporters = article.getBylines().stream().map(Credit::name).collect(Collectors.toSet());
		Set<Long> ids = candidateIds(article, names, reporters);
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<String> headline = bigrams(article.getTitle());
		List<Long> best = this.people.findCandidates(ids, nonEmpty(names), nonEmpty(reporters))
			.stream()
			.map((candidate) -> score(article, headline, candidate))
			.sorted(Scored.BEST_FIRST)
			.limit(limit)
			.map((scored) -> scored.candidate().id())
			.toList();
		Map<Long, Article> loaded = this.people.findAllWithBulletin(best)
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return best.stream().map(loaded::get).map(ArticleCard::of).toList();
	}

	private Set<Long> candidateIds(Article article, Set<String> names, Set<String> reporters) {
		Set<Long> ids = new LinkedHashSet<>();
		Limit limit = Limit.of(CANDIDATES_PER_SOURCE);
		if (!names.isEmpty()) {
			ids.addAll(this.people.findIdsNamingAny(article.getId(), names, limit));
		}
		if (!reporters.isEmpty()) {
			ids.addAll(this.people.findIdsCreditingAny(article.getId(), reporters, limit));
		}
		// The nearest items on either side, so a busy week cannot crowd out one side
		Limit half = Limit.of(CANDIDATES_PER_SOURCE / 2);
		ids.addAll(this.people.findIdsFrom(article.getId(), article.getDate(), article.getDate().plusDays(DAYS), half));
		ids.addAll(this.people.findIdsBefore(article.getDate(), article.getDate().minusDays(DAYS), half));
		ids.remove(article.getId());
		return ids;
	}

	private static Scored score(Article article, Set<String> headline, Candidate candidate) {
		long days = Math.abs(ChronoUnit.DAYS.between(article.getDate(), candidate.date()));
		double closeness = Math.max(0, 1 - days / (DAYS + 1.0));
		double score = PERSON_WEIGHT * candidate.sharedPeople() + REPORTER_WEIGHT * candidate.sharedReporters()
				+ DATE_WEIGHT * closeness + HEADLINE_WEIGHT * similarity(headline, bigrams(candidate.title()));
		return new Scored(candidate, score, days);
	}

	/**
	 * Pairs of adjacent characters, within runs of letters and digits: Chinese has no
	 * spaces, and bigrams catch most two-character words without a dictionary.
	 */
	static Set<String> bigrams(String title) {
		Set<String> bigrams = new HashSet<>();
		if (title == null) {
			return bigrams;
		}
		int[] chars = title.codePoints().toArray();
		for (int i = 0; i + 1 < chars.length; i++) {
			if (Character.isLetterOrDigit(chars[i]) && Character.isLetterOrDigit(chars[i + 1])) {
				bigrams.add(new String(chars, i, 2));
			}
		}
		return bigrams;
	}

	/**
	 * The Dice coefficient: 1 for the same bigrams, 0 for none in common.
	 */
	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return 2.0 * shared / (a.size() + b.size());
	}

	// An empty IN list is not portable JPQL; no stored name is empty, so this matches
	// none
	private static Collection<String> nonEmpty(Set<String> names) {
		return names.isEmpty() ? List.of("") : names;
	}

	private record Scored(Candidate candidate, double score, long days) {

		static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparingLong(Scored::days)
			.thenComparing((scored) -> scored.candidate().date(), Comparator.reverseOrder())
			.thenComparing((scored) -> scored.candidate().slug());

	}

}
