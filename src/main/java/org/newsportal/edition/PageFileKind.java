package org.newsportal.edition;

/**
 * What an editor may attach to a page: the page as printed, as a PDF or as an image.
 */
public enum PageFileKind {

	PDF, IMAGE

}
