package org.newsportal.importer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.newsportal.article.Bulletin;
import org.newsportal.article.BulletinRepository;

/**
 * The one page the editors' and corrections' full tests start from: every stored bulletin
 * deleted (through the importer, so their articles and what derives from them go too),
 * then the page imported as an editor uploads it.
 */
public final class StoredPages {

	public static final String NAME = "page.md";

	public static final LocalDate ISSUE_DATE = LocalDate.of(2024, 3, 12);

	public static final String SOURCE = "焦作日报";

	public static final String EDITOR = "editor";

	private StoredPages() {
	}

	/**
	 * Leaves the page as the only stored bulletin: {@value #NAME}, the issue of 12 March
	 * 2024 of {@value #SOURCE}, imported by {@value #EDITOR}.
	 * @return the stored bulletin
	 */
	public static Bulletin storeOnly(BulletinImporter importer, BulletinRepository bulletins, String markdown) {
		bulletins.findAll().forEach((stored) -> importer.delete(stored.getName()));
		importer.importBulletin(
				new ImportRequest(NAME, markdown.getBytes(StandardCharsets.UTF_8), ISSUE_DATE, SOURCE, EDITOR));
		return bulletins.findByName(NAME).orElseThrow();
	}

}
