package org.newsportal.importer;

import java.util.List;

/**
 * What the importer found and did, kept with the bulletin and shown to editors.
 *
 * @param charset the encoding the file was read in
 * @param items how many items were stored
 * @param articles how many of them are articles
 * @param photos how many of them are photos
 * @param repairs each paragraph joined again, described for an editor
 * @param warnings what the importer noticed but did not change
 */
public record ImportReport(String charset, int items, int articles, int photos, List<String> repairs,
		List<String> warnings) {

	public ImportReport {
		repairs = List.copyOf(repairs);
		warnings = List.copyOf(warnings);
	}

	public String summary() {
		return "%d 条（文章 %d，图片新闻 %d），修复 %d 处，提示 %d 条".formatted(this.items, this.articles, this.photos,
				this.repairs.size(), this.warnings.size());
	}

}
