package org.newsportal.edition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsportal.bulletin.FrontMatter;

/**
 * Decides where a bulletin was printed from what it says, field by field: the issue date
 * an editor gave with the upload first, then the front matter ({@code date},
 * {@code page}/{@code 版次}, {@code page_name}/{@code 版名}, {@code edition}/{@code 报名}),
 * then the title ({@link PrintedTitles}), then the file name ({@link PrintedFileNames}).
 * A later source that disagrees with the one taken is noted. Plain Java, no Spring.
 */
public final class Placements {

	static final int MAX_EDITION = 100;

	static final int MAX_PAGE_NAME = 40;

	private Placements() {
	}

	/**
	 * @param editorDate the issue date given with the upload, or null
	 * @param front the bulletin's front matter
	 * @param fileName the bulletin's file name
	 * @param mainEdition the name that means the main edition (the paper's own)
	 * @throws PlacementException when the front matter gives a page number or edition
	 * that cannot be used
	 */
	public static Placement resolve(LocalDate editorDate, FrontMatter front, String fileName, String mainEdition) {
		List<String> notes = new ArrayList<>();
		PageHints title = PrintedTitles.read(front.title());
		PageHints file = PrintedFileNames.read(fileName);
		notes.addAll(title.notes());
		notes.addAll(file.notes());

		PageLabel frontPage = null;
		if (front.page() != null) {
			frontPage = PageLabel.parse(front.page())
				.orElseThrow(() -> new PlacementException(
						"文件头中的版次「" + front.page() + "」无法识别，应为 2、02、A2 或 第02版 这样的写法（1 至 " + PageLabel.MAX_NUMBER + "）"));
		}
		String frontName = (front.pageName() != null) ? front.pageName().strip() : null;
		if (frontName != null && frontName.length() > MAX_PAGE_NAME) {
			throw new PlacementException("文件头中的版名过长（最多 " + MAX_PAGE_NAME + " 个字符）");
		}
		String edition = edition(front.edition(), mainEdition);

		Choice<LocalDate> date = new Choice<>("出版日期");
		date.offer(editorDate, PlacementSource.EDITOR);
		date.offer(front.date(), PlacementSource.FRONT_MATTER);
		date.offer(title.date(), PlacementSource.TITLE);
		date.offer(file.date(), PlacementSource.FILE_NAME);
		Choice<PageLabel> page = new Choice<>("版次");
		page.offer(frontPage, PlacementSource.FRONT_MATTER);
		page.offer(title.page(), PlacementSource.TITLE);
		page.offer(file.page(), PlacementSource.FILE_NAME);
		Choice<String> name = new Choice<>("版名");
		name.offer(frontName, PlacementSource.FRONT_MATTER);
		name.offer(title.pageName(), PlacementSource.TITLE);
		name.offer(file.pageName(), PlacementSource.FILE_NAME);
		notes.addAll(date.notes);
		notes.addAll(page.notes);
		notes.addAll(name.notes);

		if (date.value == null) {
			if (page.value != null) {
				notes.add("找到了版次（" + page.value.printed() + "）但没有出版日期，未编入数字报；可在文件头写 date，或上传时填写出版日期");
			}
			return Placement.unplaced(notes);
		}
		return new Placement(edition, date.value, date.from, page.value, page.from, name.value, name.from, notes);
	}

	/** {@code ""} for the main edition. */
	static String edition(String written, String mainEdition) {
		if (written == null || written.isBlank()) {
			return Placement.MAIN_EDITION;
		}
		String edition = written.strip();
		if (edition.length() > MAX_EDITION) {
			throw new PlacementException("文件头中的报名过长（最多 " + MAX_EDITION + " 个字符）");
		}
		return edition.equals(mainEdition) ? Placement.MAIN_EDITION : edition;
	}

	/** The first value offered wins; a later one that differs is noted. */
	private static final class Choice<T> {

		private final String what;

		private T value;

		private PlacementSource from;

		private final List<String> notes = new ArrayList<>();

		Choice(String what) {
			this.what = what;
		}

		void offer(T candidate, PlacementSource source) {
			if (candidate == null) {
				return;
			}
			if (this.value == null) {
				this.value = candidate;
				this.from = source;
			}
			else if (!Objects.equals(this.value, candidate)) {
				this.notes.add(source.label() + "中的" + this.what + "「" + shown(candidate) + "」与" + this.from.label()
						+ "中的「" + shown(this.value) + "」不同，采用后者");
			}
		}

		private static String shown(Object value) {
			return (value instanceof PageLabel label) ? label.printed() : String.valueOf(value);
		}

	}

}
