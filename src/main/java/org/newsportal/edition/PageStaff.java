package org.newsportal.edition;

/**
 * One of a page's staff as the page prints them ({@code 本版编辑 张三}).
 *
 * @param role {@code 本版编辑}, {@code 责任编辑}, {@code 美编}, {@code 校对}
 */
public record PageStaff(String role, String name) {

}
