package org.newsportal.edition;

import java.time.LocalDate;

/**
 * Where an article was printed, as its page says: {@code 本报2024年3月12日 第02版}.
 *
 * @param editionName the edition's name when it is not the main edition, else null
 */
public record PrintedPlace(LocalDate date, PageLabel label, String pageName, String editionName, String url) {

}
