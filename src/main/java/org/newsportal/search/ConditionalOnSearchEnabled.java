package org.newsportal.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Search is on unless {@code portal.search.enabled=false}. The {@code --import} command
 * turns it off: it runs beside the site on the same data folder, where opening the index
 * writer would fight the site for the index lock; the site's synchronisation picks the
 * import up instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = "portal.search.enabled", matchIfMissing = true)
@interface ConditionalOnSearchEnabled {

}
