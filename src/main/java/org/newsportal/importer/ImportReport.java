package org.newsportal.importer;

import java.util.ArrayList;
import java.util.List;

import org.newsportal.photo.PreparedPhoto;

/**
 * What the importer found and did, kept with the bulletin and shown to editors.
 *
 * @param charset the encoding the file was read in
 * @param items how many items were stored
 * @param articles how many of them are articles
 * @param photos how many of them are photos
 * @param repairs each paragraph joined again, described for an editor
 * @param warnings what the importer noticed but did not change
 * @param printed where the page was printed and where that was found
 * ({@code 2024年3月12日 第02版 要闻（日期：文件头；版次：标题）}), or why it is not in the printed edition;
 * null in reports of earlier releases
 * @param files the page's PDF and image that came with it
 */
public record ImportReport(String charset, int items, int articles, int photos, List<String> repairs,
		List<String> warnings, String printed, List<String> files) {

	public ImportReport {
		repairs = List.copyOf(repairs);
		warnings = List.copyOf(warnings);
		files = (files != null) ? List.copyOf(files) : List.of();
	}

	ImportReport withPrinted(String printed) {
		return new ImportReport(this.charset, this.items, this.articles, this.photos, this.repairs, this.warnings,
				printed, this.files);
	}

	/**
	 * With the pictures the page shows, and the warnings about those it names but that
	 * did not come with it.
	 */
	ImportReport withPhotos(List<PreparedPhoto> photos, List<String> notes) {
		if (photos.isEmpty() && notes.isEmpty()) {
			return this;
		}
		List<String> allWarnings = new ArrayList<>(this.warnings);
		allWarnings.addAll(notes);
		List<String> allFiles = new ArrayList<>(this.files);
		for (PreparedPhoto photo : photos) {
			allFiles.add("图片：%s，%d×%d 像素，%,d 字节".formatted(photo.name(), photo.width(), photo.height(), photo.size()));
		}
		return new ImportReport(this.charset, this.items, this.articles, this.photos, this.repairs, allWarnings,
				this.printed, allFiles);
	}

	public String summary() {
		return "%d 条（文章 %d，图片新闻 %d），修复 %d 处，提示 %d 条".formatted(this.items, this.articles, this.photos,
				this.repairs.size(), this.warnings.size());
	}

}
