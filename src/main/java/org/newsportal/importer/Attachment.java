package org.newsportal.importer;

/**
 * A file that goes with a bulletin: the page's PDF or image, as uploaded or found beside
 * the bulletin's file (same base name).
 */
public record Attachment(String name, byte[] content) {

}
