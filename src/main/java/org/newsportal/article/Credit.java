package org.newsportal.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A byline of an article: the name as printed and the role ({@code 记者}, {@code 通讯员},
 * {@code 摄影}, ...).
 */
@Embeddable
public record Credit(@Column(nullable = false) String name, @Column(nullable = false) String role) {

}
