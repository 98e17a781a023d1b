package org.newsportal.importer;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/**
 * The watch folder, on when {@code portal.import.watch-dir} is set, and only in the site.
 * <p>
 * The {@code --import} command must not watch: it is a short-lived process that would
 * race the site for the same files. It is told apart by having no web server (see
 * {@code NewsPortalApplication}) rather than by a default property, because default
 * properties rank below the environment, and the command is often run in the site's own
 * shell or container, where {@code PORTAL_IMPORT_WATCH_DIR} is set.
 * <p>
 * Scheduling is enabled here as well as by the search index: a site with
 * {@code portal.search.enabled=false} must still watch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Conditional(WatchFolderConfiguration.WatchDirSet.class)
@EnableConfigurationProperties(ImportProperties.class)
@EnableScheduling
class WatchFolderConfiguration {

	static final String WATCH_DIR = "portal.import.watch-dir";

	@Bean
	WatchFolder watchFolder(BulletinImporter importer, ImportProperties properties, Clock clock) {
		return new WatchFolder(importer, properties.watchDir(), properties.watchInterval(), clock);
	}

	/**
	 * Set and not blank: {@code PORTAL_IMPORT_WATCH_DIR=} would otherwise watch the
	 * working directory, and move its README into {@code imported/}.
	 */
	static final class WatchDirSet extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String dir = context.getEnvironment().getProperty(WATCH_DIR);
			return StringUtils.hasText(dir) ? ConditionOutcome.match(WATCH_DIR + " is " + dir)
					: ConditionOutcome.noMatch(WATCH_DIR + " is not set");
		}

	}

}
