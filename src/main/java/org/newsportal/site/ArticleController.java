package org.newsportal.site;

import java.util.Optional;
import java.util.List;
import java.util.Map;

import org.newsportal.NotFoundException;
import org.newsportal.PortalProperties;
import org.newsportal.SiteUrls;
import org.newsportal.article.ArticleDetail;
import org.newsportal.article.ArticleInContext;
import org.newsportal.article.ArticleService;
import org.newsportal.article.Mention;
import org.newsportal.correction.Corrections;
import org.newsportal.article.Redirection;
import org.newsportal.edition.Editions;
import org.newsportal.photo.ItemPhotos;
import org.newsportal.edition.PrintedPlace;
import org.newsportal.article.RelatedArticles;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;

/**
 * An article's own page, with its neighbours, the rest of its day and related articles.
 */
@Controller
class ArticleController {

	private final ArticleService articles;

	private final RelatedArticles related;

	private final NewsArticleData newsArticle;

	private final JsonLd jsonLd;

	private final SiteUrls urls;

	private final Editions editions;

	private final ItemPhotos photos;

	private final Corrections corrections;

	private final PortalProperties properties;

	ArticleController(ArticleService articles, RelatedArticles related, PortalProperties properties, JsonMapper json,
			Editions editions, ItemPhotos photos, Corrections corrections) {
		this.photos = photos;
		this.articles = articles;
		this.corrections = corrections;
		this.properties = properties;
		this.editions = editions;
		this.related = related;
		this.newsArticle = new NewsArticleData(properties);
		this.jsonLd = new JsonLd(json);
		this.urls = new SiteUrls(properties);
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		ArticleInContext found = this.articles.findInContext(slug).orElse(null);
		if (found == null) {
			// An address the article had before an edit, or one an editor deleted
			Redirection redirection = this.corrections.resolve(slug);
			if (redirection.isMoved()) {
				request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
				return "redirect:/articles/" + redirection.movedTo();
			}
			if (redirection.isGone()) {
				response.setStatus(HttpStatus.GONE.value());
				model.addAttribute("reason", redirection.reason());
				model.addAttribute("removedAt", redirection.removedAt());
				return "corrections/gone";
			}
			throw new NotFoundException("No article " + slug);
		}
		ArticleDetail article = found.article();
		List<Mention> present = article.mentions().stream().filter(Mention::present).toList();
		model.addAttribute("article", article);
		model.addAttribute("bylines", BylineGroup.of(article.bylines()));
		model.addAttribute("credit", CreditLine.of(article.photoCredit(), article.bylines()));
		model.addAttribute("present", present);
		model.addAttribute("newer", found.newer());
		model.addAttribute("older", found.older());
		model.addAttribute("sameDay", found.sameDay());
		model.addAttribute("sameDayTotal", found.sameDayTotal());
		model.addAttribute("related", this.related.related(found));
		String description = Descriptions.of(article);
		String canonical = this.urls.absolute(article.url());
		model.addAttribute("description", description);
		model.addAttribute("pageTitle", article.title());
		model.addAttribute("canonical", canonical);
		model.addAttribute("ogType", "article");
		model.addAttribute("publishedTime", this.newsArticle.published(article));
		ArticleInContext.Place place = found.place();
		model.addAttribute("corrections",
				(place != null) ? this.corrections.correctionsOf(place, article.slug(), article.title()) : List.of());
		model.addAttribute("paperZone", this.properties.timeZone());
		String modified = Optional.ofNullable((place != null) ? place.modifiedAt() : null)
			.map((instant) -> instant.atZone(this.properties.timeZone())
				.toOffsetDateTime()
				.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME))
			.orElse(null);
		model.addAttribute("modifiedTime", modified);
		PrintedPlace printed = this.editions.placeOf(article.bulletin()).orElse(null);
		model.addAttribute("printed", printed);
		Map<String, Object> data = this.newsArticle.of(article, canonical, description);
		if (modified != null) {
			data.put("dateModified", modified);
		}
		if (printed != null) {
			// Where it stood in the paper: schema.org's print properties
			data.put("printPage", printed.label().code());
			if (printed.pageName() != null) {
				data.put("printSection", printed.pageName());
			}
			if (printed.editionName() != null) {
				data.put("printEdition", printed.editionName());
			}
		}
		this.photos.of(slug).ifPresent((photo) -> {
			// the item's first picture for sharing cards and search engines, at its
			// widest
			String image = this.urls.absolute(photo.photo().largest());
			model.addAttribute("ogImage", image);
			model.addAttribute("ogImageAlt", photo.alt());
			model.addAttribute("ogImageWidth", photo.photo().shownWidth());
			model.addAttribute("ogImageHeight", photo.photo().heightAt(photo.photo().shownWidth()));
			// search engines: the crops Google's article data asks for, then the picture
			// as taken
			data.put("image", photo.photo().searchImages().stream().map(this.urls::absolute).toList());
		});
		model.addAttribute("jsonLd", this.jsonLd.write(data));
		return "article/article";
	}

}
