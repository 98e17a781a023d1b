package org.newsportal.edition;

/**
 * Where the importer found a page's date, number or name, for the import report.
 */
public enum PlacementSource {

	/** The issue date an editor gave with the upload (form, API). */
	EDITOR("上传时填写"),

	FRONT_MATTER("文件头"),

	TITLE("标题"),

	FILE_NAME("文件名"),

	/** No page number anywhere: the next free number of the issue. */
	IMPORT_ORDER("导入顺序");

	private final String label;

	PlacementSource(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
