package org.newsportal.article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsportal.article.change.BulletinDeleted;
import org.newsportal.article.change.BulletinImported;
import org.newsportal.article.change.BulletinsChanged;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds the items an article's page offers as "related": those that name the same people
 * (the strongest link in local news: the same meeting, the same project), then those by
 * the same reporters, then those close in date and with similar headlines.
 * <p>
 * Only a bounded set of candidates is scored (the items nearest to the article sharing a
 * person or a reporter, and items within a week), each found by a short walk along an
 * index, so an article costs the same however large the archive grows.
 */
@Service
@Transactional(readOnly = true)
public class RelatedArticles {

	public static final int DEFAULT_LIMIT = 5;

	public static final String CACHE = "related";

	static final int MAX_LIMIT = 20;

	/** Candidates taken from each source: shared people, shared reporters, the week. */
	static final int CANDIDATES_PER_SOURCE = 100;

	/** Names looked up for candidates, and the items taken for each on either side. */
	static final int NAMES_LOOKED_UP = 12;

	static final int NEAREST_PER_NAME = 50;

	static final int DAYS = 7;

	static final double PERSON_WEIGHT = 3;

	static final double REPORTER_WEIGHT = 1;

	static final double DATE_WEIGHT = 1;

	static final double HEADLINE_WEIGHT = 2;

	private final ArticleRepository articles;

	private final RelatedArticleQueries queries;

	RelatedArticles(ArticleRepository articles, RelatedArticleQueries queries) {
		this.articles = articles;
		this.queries = queries;
	}

	/**
	 * The related items an article page shows. Cached: scoring takes a dozen queries and
	 * changes only with an import, which empties the cache here; imports on other
	 * instances once the bulletin table is seen changed, or at the latest after the
	 * cache's expiry (see {@code spring.cache.caffeine.spec}).
	 */
	@Cacheable(cacheNames = CACHE, key = "#slug")
	public List<ArticleCard> related(String slug) {
		return related(slug, DEFAULT_LIMIT);
	}

	/**
	 * The related items of the article a page has just read: from what it read, so the
	 * article is not read again. Cached as {@link #related(String)}.
	 */
	@Cacheable(cacheNames = CACHE, key = "#found.article().slug()")
	public List<ArticleCard> related(ArticleInContext found) {
		if (found.subject() == null) {
			return related(found.article().slug(), DEFAULT_LIMIT);
		}
		return related(found.subject(), DEFAULT_LIMIT);
	}

	@TransactionalEventListener(classes = { BulletinImported.class, BulletinDeleted.class }, fallbackExecution = true)
	@CacheEvict(cacheNames = CACHE, allEntries = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forgetRelated() {
	}

	/**
	 * An import made by another instance or by {@code --import}, as
	 * {@code article.change.BulletinChangeWatcher} found it: without this its items would
	 * appear in related lists only after the cache's expiry.
	 */
	@EventListener(BulletinsChanged.class)
	@CacheEvict(cacheNames = CACHE, allEntries = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forgetRelatedChangedElsewhere() {
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
		return this.articles.findBySlug(slug).map((article) -> related(Subject.of(article), limit)).orElseGet(List::of);
	}

	private List<ArticleCard> related(Subject article, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		limit = Math.min(limit, MAX_LIMIT);
		Set<String> names = new LinkedHashSet<>(article.names());
		Set<String> reporters = new LinkedHashSet<>(article.reporters());
		Set<Long> ids = candidateIds(article, names, reporters);
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<String> headline = bigrams(article.title());
		Map<Long, Long> sharedPeople = names.isEmpty() ? Map.of() : countByArticle(this.queries.findNamed(ids), names);
		Map<Long, Long> sharedReporters = reporters.isEmpty() ? Map.of()
				: countByArticle(this.queries.findCredited(ids), reporters);
		List<Long> best = this.queries.findCandidates(ids)
			.stream()
			.map((candidate) -> candidate.sharing(sharedPeople.getOrDefault(candidate.id(), 0L),
					sharedReporters.getOrDefault(candidate.id(), 0L)))
			.map((candidate) -> score(article, headline, candidate))
			.sorted(Scored.BEST_FIRST)
			.limit(limit)
			.map((scored) -> scored.candidate().id())
			.toList();
		Map<Long, Article> loaded = this.queries.findAllWithBulletin(best)
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return best.stream().map(loaded::get).map(ArticleCard::of).toList();
	}

	private Set<Long> candidateIds(Subject article, Set<String> names, Set<String> reporters) {
		Set<Long> ids = new LinkedHashSet<>();
		Long id = article.id();
		ids.addAll(nearestSharing(id, names, this.queries::findIdsNamingBefore, this.queries::findIdsNamingAfter));
		ids.addAll(nearestSharing(id, reporters, this.queries::findIdsCreditingBefore,
				this.queries::findIdsCreditingAfter));
		// The nearest items on either side, so a busy week cannot crowd out one side
		Limit half = Limit.of(CANDIDATES_PER_SOURCE / 2);
		ids.addAll(this.queries.findIdsFrom(id, article.date(), article.date().plusDays(DAYS), half));
		ids.addAll(this.queries.findIdsBefore(article.date(), article.date().minusDays(DAYS), half));
		ids.remove(id);
		return ids;
	}

	/**
	 * Up to {@value #CANDIDATES_PER_SOURCE} items sharing these names with the article:
	 * for each name (the first {@value #NAMES_LOOKED_UP} the article gives), the items
	 * nearest to the article on either side that give it too. A mayor named in every
	 * other item then costs no more than a name given twice. Each name weighs the less
	 * the more items it brings, so an item sharing a rare name is kept before the mayor's
	 * neighbours crowd it out; ties go to the nearer item, which is what a reader
	 * following a story wants.
	 */
	private static List<Long> nearestSharing(Long id, Set<String> names, NearestIds before, NearestIds after) {
		if (names.isEmpty()) {
			return List.of();
		}
		Limit limit = Limit.of(NEAREST_PER_NAME);
		Map<Long, Double> weights = new HashMap<>();
		names.stream().limit(NAMES_LOOKED_UP).forEach((name) -> {
			List<Long> found = new ArrayList<>(before.find(name, id, limit));
			found.addAll(after.find(name, id, limit));
			found.forEach((other) -> weights.merge(other, 1.0 / found.size(), Double::sum));
		});
		return weights.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Double>comparingByValue()
				.reversed()
				.thenComparingLong((entry) -> Math.abs(entry.getKey() - id))
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(CANDIDATES_PER_SOURCE)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Scored score(Subject article, Set<String> headline, Candidate candidate) {
		long days = Math.abs(ChronoUnit.DAYS.between(article.date(), candidate.date()));
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

	/**
	 * How many of these names each article gives, from rows of article id and name.
	 */
	private static Map<Long, Long> countByArticle(List<Object[]> rows, Set<String> names) {
		return rows.stream()
			.filter((row) -> names.contains((String) row[1]))
			.collect(Collectors.groupingBy((row) -> ((Number) row[0]).longValue(),
					Collectors.mapping((row) -> (String) row[1],
							Collectors.collectingAndThen(Collectors.toSet(), (distinct) -> (long) distinct.size()))));
	}

	/**
	 * What related items are found by: the article's id, headline and date, the people it
	 * names and the reporters it credits, each in the order the article gives them (those
	 * named first are what it is about, the list of those present comes last).
	 */
	public record Subject(Long id, String title, LocalDate date, List<String> names, List<String> reporters) {

		public Subject {
			names = List.copyOf(names);
			reporters = List.copyOf(reporters);
		}

		static Subject of(Article article) {
			return new Subject(article.getId(), article.getTitle(), article.getDate(),
					article.getPeople().stream().map(Mention::name).distinct().toList(),
					article.getBylines().stream().map(Credit::name).distinct().toList());
		}

	}

	@FunctionalInterface
	private interface NearestIds {

		List<Long> find(String name, Long id, Limit limit);

	}

	private record Scored(Candidate candidate, double score, long days) {

		static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparingLong(Scored::days)
			.thenComparing((scored) -> scored.candidate().date(), Comparator.reverseOrder())
			.thenComparing((scored) -> scored.candidate().slug());

	}

}
