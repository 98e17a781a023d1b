package org.newsportal.edition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.newsportal.DatePatterns;

/**
 * Where a bulletin says it was printed, and where each part of that was found. A bulletin
 * without an issue date is not placed; one with a date but no page number takes the next
 * free number of its issue when stored ({@link PlacementSource#IMPORT_ORDER}).
 *
 * @param edition {@code ""} for the paper's main edition, else the edition's name
 * @param page the page number, or null until one is given in import order
 * @param pageName the page's name, or null
 * @param notes doubts for the import report
 */
public record Placement(String edition, LocalDate date, PlacementSource dateFrom, PageLabel page,
		PlacementSource pageFrom, String pageName, PlacementSource pageNameFrom, List<String> notes) {

	public static final String MAIN_EDITION = "";

	private static final DateTimeFormatter DATE = DatePatterns.SHORT;

	public Placement {
		edition = (edition != null) ? edition : MAIN_EDITION;
		notes = List.copyOf(notes);
	}

	static Placement unplaced(List<String> notes) {
		return new Placement(MAIN_EDITION, null, null, null, null, null, null, notes);
	}

	public boolean isPlaced() {
		return this.date != null;
	}

	Placement withPage(PageLabel page, PlacementSource from) {
		return new Placement(this.edition, this.date, this.dateFrom, page, from, this.pageName, this.pageNameFrom,
				this.notes);
	}

	/**
	 * For the import report: {@code 2024年3月12日 第02版 要闻（日期：文件头；版次：标题；版名：文件名）}.
	 */
	public String describe() {
		if (!isPlaced()) {
			return "未编入数字报：文件头、标题和文件名都没有给出出版日期";
		}
		StringBuilder text = new StringBuilder();
		if (!this.edition.isEmpty()) {
			text.append(this.edition).append(' ');
		}
		text.append(DATE.format(this.date));
		if (this.page != null) {
			text.append(' ').append(this.page.printed());
		}
		if (this.pageName != null) {
			text.append(' ').append(this.pageName);
		}
		List<String> from = new ArrayList<>();
		from.add("日期：" + this.dateFrom.label());
		from.add("版次：" + ((this.pageFrom != null) ? this.pageFrom.label() : "按导入顺序编排"));
		if (this.pageNameFrom != null) {
			from.add("版名：" + this.pageNameFrom.label());
		}
		return text.append('（').append(String.join("；", from)).append('）').toString();
	}

}
