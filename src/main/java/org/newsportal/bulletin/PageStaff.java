package org.newsportal.bulletin;

/**
 * Someone the page's furniture credits with making the page ({@code 本版编辑：王五},
 * {@code 美编 赵六}): the name as printed and the role as printed.
 *
 * @param line 1-based line of the furniture in the source
 */
public record PageStaff(String name, String role, int line) {

}
