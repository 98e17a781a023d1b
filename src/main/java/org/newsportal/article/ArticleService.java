package org.newsportal.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.newsportal.PageNumbers;
import org.newsportal.ResultPage;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads articles for the site and the API. Everything leaves here as records, so no page
 * ever touches a lazy association after the transaction is closed.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	/**
	 * The most a page may ask for, so a request cannot make the database list everything.
	 */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * Items of the same day an article page lists; a day of a large archive import can
	 * hold thousands, which the day page lists instead.
	 */
	static final int MAX_SAME_DAY = 20;

	private final ArticleRepository articles;

	private final BulletinRepository bulletins;

	ArticleService(ArticleRepository articles, BulletinRepository bulletins) {
		this.articles = articles;
		this.bulletins = bulletins;
	}

	/**
	 * Who made a page ({@code 本版编辑}, {@code 美编}, {@code 校对}, ...), in the order it prints
	 * them; empty for an unknown bulletin.
	 */
	public List<Credit> pageStaff(long bulletinId) {
		return this.bulletins.findStaff(bulletinId);
	}

	public ResultPage<ArticleCard> latest(int page, int size) {
		Page<Article> found = this.articles.findInReadingOrder(PageNumbers.request(page, size, MAX_PAGE_SIZE));
		return ResultPage.of(found, found.map(ArticleCard::of).getContent());
	}

	public ResultPage<ArticleCard> onDate(LocalDate date, int page, int size) {
		Page<Article> found = this.articles.findByDateInReadingOrder(date,
				PageNumbers.request(page, size, MAX_PAGE_SIZE));
		return ResultPage.of(found, found.map(ArticleCard::of).getContent());
	}

	public Optional<ArticleDetail> find(String slug) {
		return this.articles.findBySlug(slug).map(ArticleDetail::of);
	}

	/**
	 * The article with its neighbours in reading order, the other items of its day and
	 * what its related items are found by: everything its page needs of it, read once.
	 */
	public Optional<ArticleInContext> findInContext(String slug) {
		return this.articles.findBySlug(slug).map((article) -> {
			Long bulletinId = article.getBulletin().getId();
			ArticleCard newer = first(
					this.articles.findBefore(article.getDate(), bulletinId, article.getPosition(), Limit.of(1)));
			ArticleCard older = first(
					this.articles.findAfter(article.getDate(), bulletinId, article.getPosition(), Limit.of(1)));
			Page<Article> day = this.articles.findByDateInReadingOrder(article.getDate(),
					PageRequest.of(0, MAX_SAME_DAY + 1));
			List<ArticleCard> sameDay = day.stream()
				.filter((other) -> !other.getId().equals(article.getId()))
				.limit(MAX_SAME_DAY)
				.map(ArticleCard::of)
				.toList();
			return new ArticleInContext(ArticleDetail.of(article), newer, older, sameDay,
					(int) day.getTotalElements() - 1, RelatedArticles.Subject.of(article),
					ArticleInContext.Place.of(article));
		});
	}

	public List<DateCount> dates() {
		return this.articles.countByDate();
	}

	public Optional<LocalDate> latestDate() {
		return this.articles.findLatestDate();
	}

	public Optional<LocalDate> dateBefore(LocalDate date) {
		return this.articles.findDateBefore(date);
	}

	public Optional<LocalDate> dateAfter(LocalDate date) {
		return this.articles.findDateAfter(date);
	}

	private static ArticleCard first(List<Article> found) {
		return found.isEmpty() ? null : ArticleCard.of(found.get(0));
	}

}
