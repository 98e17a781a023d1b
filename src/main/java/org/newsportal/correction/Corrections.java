package org.newsportal.correction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.newsportal.article.Article;
import org.newsportal.article.ArticleInContext;
import org.newsportal.article.ArticleLinks;
import org.newsportal.article.Bulletin;
import org.newsportal.article.BulletinRepository;
import org.newsportal.article.Credit;
import org.newsportal.article.FormerAddresses;
import org.newsportal.article.Redirection;
import org.newsportal.importer.BodyRenderer;
import org.newsportal.article.change.BulletinImported;
import org.newsportal.audit.AuditAction;
import org.newsportal.audit.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing an article after its import: every save is a revision with who, when and why,
 * and an entry in the audit log in the same transaction; a changed headline or date moves
 * the article to a new address and keeps the old one as an alias; whatever is derived
 * from articles (search index, page cache) follows through the importer's own event.
 */
@Service
public class Corrections implements FormerAddresses {

	private static final int NEWEST = 50;

	private final CorrectedArticles articles;

	private final RevisionRepository revisions;

	private final AliasRepository aliases;

	private final RemovalRepository removals;

	private final BulletinRepository bulletins;

	private final BodyRenderer renderer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final AuditLog audit;

	Corrections(CorrectedArticles articles, RevisionRepository revisions, AliasRepository aliases,
			RemovalRepository removals, BulletinRepository bulletins, BodyRenderer renderer, Clock clock,
			ApplicationEventPublisher events, EntityManager entityManager, AuditLog audit) {
		this.entityManager = entityManager;
		this.audit = audit;
		this.articles = articles;
		this.revisions = revisions;
		this.aliases = aliases;
		this.removals = removals;
		this.bulletins = bulletins;
		this.renderer = renderer;
		this.clock = clock;
		this.events = events;
	}

	/** The form filled with the article as it is now. */
	@Transactional(readOnly = true)
	public Optional<EditForm> form(String slug) {
		return this.articles.findBySlug(slug).map((article) -> EditForm.of(ArticleVersion.of(article)));
	}

	/** The article's headline, for the editors' pages. */
	@Transactional(readOnly = true)
	public Optional<String> title(String slug) {
		return this.articles.findBySlug(slug).map(Article::getTitle);
	}

	/** The body as readers would see it, rendered and sanitised as an import does. */
	public String preview(String markdown) {
		return this.renderer.render((markdown != null) ? markdown : "").html();
	}

	/**
	 * Saves an edit as a new revision.
	 * @return the article's address after the edit
	 * @throws CorrectionException when the bylines cannot be read
	 */
	@Transactional
	public Optional<String> save(String slug, EditForm form, String editor) {
		return this.articles.findBySlug(slug).map((article) -> {
			RevisionKind kind = (form.getVisibility() == EditForm.Visibility.CORRECTION) ? RevisionKind.CORRECTION
					: RevisionKind.FIX;
			ArticleVersion version = new ArticleVersion(null, form.getTitle().strip(), blankToNull(form.getSubtitle()),
					form.getDate(), BylineText.format(credits(form.getBylines())), form.getMarkdown());
			return apply(article, version, kind, form.getNote().strip(), editor);
		});
	}

	/**
	 * Brings back an earlier version, as a new revision.
	 * @return the article's address after the restore
	 */
	@Transactional
	public Optional<String> restore(String slug, int number, String note, String editor) {
		return this.articles.findBySlug(slug)
			.flatMap((article) -> this.revisions
				.findByBulletinIdAndPositionAndNumber(article.getBulletin().getId(), article.getPosition(), number)
				.map((revision) -> apply(article, revision.version(), RevisionKind.RESTORED,
						(note == null || note.isBlank()) ? "恢复第 " + number + " 版" : note.strip(), editor)));
	}

	/** The article's versions, newest first. */
	@Transactional(readOnly = true)
	public List<RevisionView> revisions(String slug) {
		return this.articles.findBySlug(slug)
			.map((article) -> this.revisions
				.findByBulletinIdAndPositionOrderByNumberDesc(article.getBulletin().getId(), article.getPosition())
				.stream()
				.map(RevisionView::of)
				.toList())
			.orElse(List.of());
	}

	/** What changed from one version to another. */
	@Transactional(readOnly = true)
	public Optional<RevisionDiff> diff(String slug, int from, int to) {
		return this.articles.findBySlug(slug).flatMap((article) -> {
			long bulletinId = article.getBulletin().getId();
			Optional<ArticleRevision> a = this.revisions.findByBulletinIdAndPositionAndNumber(bulletinId,
					article.getPosition(), from);
			Optional<ArticleRevision> b = this.revisions.findByBulletinIdAndPositionAndNumber(bulletinId,
					article.getPosition(), to);
			return (a.isPresent() && b.isPresent()) ? Optional.of(RevisionDiff.between(RevisionView.of(a.get()),
					a.get().version(), RevisionView.of(b.get()), b.get().version())) : Optional.empty();
		});
	}

	/**
	 * Deletes one article, keeping why: its address then answers 410 Gone.
	 * @return whether there was such an article
	 */
	@Transactional
	public boolean delete(String slug, String reason, String editor) {
		return this.articles.findBySlug(slug).map((article) -> {
			Bulletin bulletin = article.getBulletin();
			this.removals.save(new ArticleRemoval(article.getSlug(), bulletin.getId(), article.getPosition(),
					article.getTitle(), reason.strip(), editor, this.clock.instant()));
			this.articles.delete(article);
			this.audit.record(editor, AuditAction.ARTICLE_DELETED, article.getSlug(),
					article.getTitle() + "：" + reason.strip());
			changed(bulletin);
			return true;
		}).orElse(false);
	}

	/**
	 * The corrections of an article already read for its page, without reading it again.
	 */
	@Transactional(readOnly = true)
	public List<CorrectionEntry> correctionsOf(ArticleInContext.Place place, String slug, String title) {
		return this.revisions.findOfKind(place.bulletinId(), place.position(), RevisionKind.CORRECTION)
			.stream()
			.map((revision) -> new CorrectionEntry(slug, title, revision.getNote(), revision.getCreatedAt()))
			.toList();
	}

	/**
	 * The articles of a bulletin an editor changed since it was imported, which a
	 * re-import would otherwise replace.
	 */
	@Transactional(readOnly = true)
	public List<EditedArticle> editedArticles(String bulletinName) {
		return this.bulletins.findByName(bulletinName).map((bulletin) -> {
			long bulletinId = bulletin.getId();
			return this.revisions.findEditedPositions(bulletinId)
				.stream()
				.sorted()
				.flatMap((position) -> this.articles.findAt(bulletinId, position)
					.map((article) -> new EditedArticle(article.getSlug(), article.getTitle(),
							this.revisions.findFirstByBulletinIdAndPositionOrderByNumberDesc(bulletinId, position)
								.map(ArticleRevision::getNote)
								.orElse(null)))
					.stream())
				.toList();
		}).orElse(List.of());
	}

	/** The newest visible corrections of articles still on the site. */
	@Transactional(readOnly = true)
	public List<CorrectionEntry> newest() {
		return this.revisions.findNewestCorrections(PageRequest.of(0, NEWEST));
	}

	/** What an address that is no article's answers: moved, gone or unknown. */
	@Override
	@Transactional(readOnly = true)
	public Redirection resolve(String slug) {
		Optional<ArticleAlias> alias = this.aliases.findBySlug(slug);
		if (alias.isPresent()) {
			Optional<Article> moved = this.articles.findAt(alias.get().getBulletinId(), alias.get().getPosition());
			if (moved.isPresent()) {
				return Redirection.movedTo(moved.get().getSlug());
			}
			Optional<ArticleRemoval> removed = this.removals
				.findFirstByBulletinIdAndPosition(alias.get().getBulletinId(), alias.get().getPosition());
			if (removed.isPresent()) {
				return Redirection.gone(removed.get().getReason(), removed.get().getRemovedAt());
			}
		}
		return this.removals.findBySlug(slug)
			.map((removed) -> Redirection.gone(removed.getReason(), removed.getRemovedAt()))
			.orElse(Redirection.UNKNOWN);
	}

	/**
	 * After a re-import stored a bulletin's new articles: drops the aliases that are an
	 * address again, and gives each article an editor changed its edits back or records
	 * that the page's text was taken.
	 */
	@Transactional
	void afterReimport(long bulletinId, ReimportChoice choice) {
		this.entityManager.flush();
		this.aliases.dropAddressesInUse(bulletinId);
		Instant now = this.clock.instant();
		for (int position : this.revisions.findEditedPositions(bulletinId)) {
			Optional<Article> found = this.articles.findAt(bulletinId, position);
			Optional<ArticleRevision> latest = this.revisions
				.findFirstByBulletinIdAndPositionOrderByNumberDesc(bulletinId, position);
			if (found.isEmpty() || latest.isEmpty()) {
				continue;
			}
			Article article = found.get();
			String editor = article.getBulletin().getImportedBy();
			if (choice == ReimportChoice.TAKE_PAGE) {
				this.revisions.save(new ArticleRevision(bulletinId, position, latest.get().getNumber() + 1,
						RevisionKind.REIMPORT_TAKEN, "重新导入，采用版面原文", editor, now, ArticleVersion.of(article)));
				continue;
			}
			ArticleVersion kept = latest.get().version();
			String pageSlug = article.getSlug();
			String slug = (kept.slug().equals(pageSlug) || !this.articles.existsBySlug(kept.slug())) ? kept.slug()
					: pageSlug;
			if (!slug.equals(pageSlug)) {
				this.aliases.deleteBySlug(slug);
				this.aliases.save(new ArticleAlias(pageSlug, bulletinId, position, now));
			}
			BodyRenderer.RenderedBody body = this.renderer.render(kept.markdown());
			article.correct(slug, kept.title(), kept.subtitle(), kept.date(), kept.markdown(), body.html(), body.text(),
					BylineText.parse(kept.bylines()), now);
			this.revisions.save(new ArticleRevision(bulletinId, position, latest.get().getNumber() + 1,
					RevisionKind.REIMPORT_KEPT, "重新导入，保留编辑的修改", editor, now, new ArticleVersion(slug, kept.title(),
							kept.subtitle(), kept.date(), kept.bylines(), kept.markdown())));
		}
	}

	private String apply(Article article, ArticleVersion wanted, RevisionKind kind, String note, String editor) {
		Bulletin bulletin = article.getBulletin();
		long bulletinId = bulletin.getId();
		int position = article.getPosition();
		Instant now = this.clock.instant();
		Optional<ArticleRevision> latest = this.revisions.findFirstByBulletinIdAndPositionOrderByNumberDesc(bulletinId,
				position);
		int number = latest.map(ArticleRevision::getNumber).orElse(0);
		if (latest.isEmpty()) {
			// The version as imported is the first revision, so the first edit can be
			// undone
			this.revisions.save(new ArticleRevision(bulletinId, position, ++number, RevisionKind.IMPORTED, null,
					bulletin.getImportedBy(), article.getCreatedAt(), ArticleVersion.of(article)));
		}
		String oldSlug = article.getSlug();
		String newSlug = addressFor(article, wanted);
		if (!newSlug.equals(oldSlug)) {
			this.aliases.deleteBySlug(newSlug);
			this.aliases.save(new ArticleAlias(oldSlug, bulletinId, position, now));
		}
		BodyRenderer.RenderedBody body = this.renderer.render(wanted.markdown());
		article.correct(newSlug, wanted.title(), wanted.subtitle(), wanted.date(), wanted.markdown(), body.html(),
				body.text(), BylineText.parse(wanted.bylines()), now);
		ArticleVersion saved = new ArticleVersion(newSlug, wanted.title(), wanted.subtitle(), wanted.date(),
				wanted.bylines(), wanted.markdown());
		this.revisions.save(new ArticleRevision(bulletinId, position, number + 1, kind, note, editor, now, saved));
		this.audit.record(editor, (kind == RevisionKind.CORRECTION) ? AuditAction.CORRECTION : AuditAction.EDIT,
				newSlug, auditDetail(number + 1, wanted.title(), note));
		changed(bulletin);
		return newSlug;
	}

	/**
	 * What the audit log says of an edit besides the article's address: the revision it
	 * made, the headline it gave and the editor's note.
	 */
	static String auditDetail(int revision, String title, String note) {
		String detail = "第 " + revision + " 版《" + title + "》";
		return (note == null || note.isBlank()) ? detail : detail + "：" + note;
	}

	/**
	 * The address the edited article should have: unchanged while its date and headline
	 * are, else the importer's scheme for the new ones, numbered past any address taken
	 * by another article, an alias of another or a deleted one.
	 */
	private String addressFor(Article article, ArticleVersion wanted) {
		String base = ArticleLinks.slug(wanted.date(), article.getKind(), wanted.title());
		if (ArticleLinks.isOf(article.getSlug(), base)) {
			return article.getSlug();
		}
		String slug = base;
		for (int n = 2; !isFreeFor(slug, article); n++) {
			slug = ArticleLinks.numbered(base, n);
		}
		return slug;
	}

	private boolean isFreeFor(String slug, Article article) {
		if (this.articles.existsBySlug(slug) || this.removals.existsBySlug(slug)) {
			return false;
		}
		return this.aliases.findBySlug(slug)
			.map((alias) -> alias.getBulletinId() == article.getBulletin().getId()
					&& alias.getPosition() == article.getPosition())
			.orElse(true);
	}

	/**
	 * Tells search, the page cache and the other instances, as an import does: the
	 * bulletin's revision rises, and its articles are read back from the database.
	 */
	void changed(Bulletin bulletin) {
		long revision = this.bulletins.findMaxRevision() + 1;
		bulletin.setRevision(revision);
		this.events.publishEvent(
				new BulletinImported(bulletin.getId(), revision, bulletin.getName(), BulletinImported.Change.EDITED));
	}

	private static List<Credit> credits(String bylines) {
		List<Credit> credits = BylineText.parse(bylines);
		for (Credit credit : credits) {
			if (credit.role().length() > 20 || credit.name().length() > 100) {
				throw new CorrectionException("署名“" + credit.role() + " " + credit.name() + "”过长：每行写职务和姓名，如“记者 郭树勋”");
			}
		}
		return credits;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
