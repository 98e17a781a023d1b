package org.newsportal.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person an article names: present at the event, or mentioned with a title.
 */
@Embeddable
public record Mention(@Column(nullable = false) String name, String title, @Column(nullable = false) boolean present) {

}
