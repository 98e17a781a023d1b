package org.newsportal.edition;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.newsportal.DatePatterns;

import jakarta.persistence.EntityManager;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an imported bulletin in its place in the printed edition, inside the import's
 * transaction: a bulletin whose page is already another bulletin is refused, so nothing
 * of it is stored.
 * <p>
 * Refused rather than replacing the other: a file name is a bulletin's identity, and a
 * page that arrives under another name is more often a mistake (a page numbered twice, a
 * file renamed by hand) than a correction, which would silently delete a page readers
 * had. A correction is imported under the same file name, or after deleting the other.
 */
@Service
@EnableConfigurationProperties(PrintedProperties.class)
public class PrintedPlaces {

	private static final DateTimeFormatter DATE = DatePatterns.SHORT;

	private final PrintedPageRepository pages;

	private final PageFiles files;

	private final PageFileReader reader;

	private final EntityManager entityManager;

	PrintedPlaces(PrintedPageRepository pages, PageFiles files, PrintedProperties properties,
			EntityManager entityManager) {
		this.pages = pages;
		this.files = files;
		this.reader = new PageFileReader(properties.maxFileSize().toBytes());
		this.entityManager = entityManager;
	}

	/**
	 * Checks a page's PDF or image and makes its thumbnail; nothing is stored.
	 * @throws PageFileException when the file cannot be a page's PDF or image
	 */
	public PreparedPageFile prepareFile(String name, byte[] content) {
		return this.reader.read(name, content);
	}

	/**
	 * Stores a page's PDF or image, replacing the one of its kind.
	 * @return whether anything changed (the same file again changes nothing)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean attach(long bulletinId, PreparedPageFile file, Instant now, String by) {
		return this.files.store(bulletinId, file, now, by);
	}

	/**
	 * Removes a page's PDF or image.
	 * @return whether there was one
	 */
	@Transactional
	public boolean detach(long bulletinId, PageFileKind kind) {
		return this.files.delete(bulletinId, kind);
	}

	/**
	 * The kinds of file a bulletin has, for the editors' report.
	 */
	@Transactional(readOnly = true)
	public List<PageFileKind> filesOf(long bulletinId) {
		return this.files.findAll(bulletinId).stream().map(StoredPageFile::kind).toList();
	}

	/**
	 * Where a stored bulletin was printed, for the editors' report.
	 */
	@Transactional(readOnly = true)
	public Optional<Placement> placementOf(long bulletinId) {
		return this.pages.findById(bulletinId)
			.map((page) -> new Placement(page.getEdition(), page.getIssueDate(), page.getDateFrom(), page.getLabel(),
					page.getPageFrom(), page.getPageName(), page.getNameFrom(), List.of()));
	}

	/**
	 * Where a bulletin will be printed: its page number given in import order when it has
	 * none, and checked against the other bulletins'.
	 * @param bulletinId the bulletin being replaced, or null for a new one
	 * @throws PlacementException when another bulletin is that page
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Placement check(Long bulletinId, Placement placement) {
		if (!placement.isPlaced()) {
			return placement;
		}
		Optional<PrintedPage> existing = (bulletinId != null) ? this.pages.findById(bulletinId) : Optional.empty();
		if (placement.page() == null) {
			// its own page again, or the one after the issue's highest: no other
			// bulletin's
			return numbered(placement, existing);
		}
		PageLabel label = placement.page();
		Optional<PrintedPage> holder = this.pages.findPage(placement.edition(), placement.date(), label.section(),
				label.number());
		if (holder.isPresent() && !holder.get().getBulletinId().equals(bulletinId)) {
			String other = this.pages.findBulletinName(holder.get().getBulletinId()).orElse("另一份公报");
			throw new PlacementException(editionPrefix(placement) + DATE.format(placement.date()) + label.printed()
					+ "已由「" + other + "」占用，未导入。若这是对该版的更正，请用同一文件名（" + other + "）重新导入，或先删除它；若版次有误，请在文件头写明 page");
		}
		return placement;
	}

	/**
	 * Stores where a bulletin was printed, as {@link #check} gave it, or that it was not
	 * (a bulletin re-imported without a date leaves the edition).
	 * @param replacing whether the bulletin was stored before (a new one has no page yet,
	 * which saves looking for it)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void store(long bulletinId, Placement placement, boolean replacing) {
		if (!replacing) {
			if (placement.isPlaced()) {
				PrintedPage page = new PrintedPage(bulletinId);
				page.place(placement);
				this.entityManager.persist(page);
			}
			return;
		}
		Optional<PrintedPage> existing = this.pages.findById(bulletinId);
		if (!placement.isPlaced()) {
			existing.ifPresent(this.pages::delete);
			return;
		}
		PrintedPage page = existing.orElseGet(() -> new PrintedPage(bulletinId));
		page.place(placement);
		this.pages.save(page);
	}

	/**
	 * A page without a number keeps the one it had in the same issue, or takes the next
	 * free one.
	 */
	private Placement numbered(Placement placement, Optional<PrintedPage> existing) {
		if (existing.isPresent() && existing.get().getEdition().equals(placement.edition())
				&& existing.get().getIssueDate().equals(placement.date())) {
			return placement.withPage(existing.get().getLabel(), existing.get().getPageFrom());
		}
		int next = this.pages.findHighestNumber(placement.edition(), placement.date()).orElse(0) + 1;
		if (next > PageLabel.MAX_NUMBER) {
			throw new PlacementException(
					DATE.format(placement.date()) + "已有 " + PageLabel.MAX_NUMBER + " 个版面，无法再按导入顺序编排版次");
		}
		return placement.withPage(PageLabel.of(next), PlacementSource.IMPORT_ORDER);
	}

	private static String editionPrefix(Placement placement) {
		return placement.edition().isEmpty() ? "" : placement.edition() + " ";
	}

}
