package org.newsportal.importer;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
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
 * Whether a folder is set is decided when the tasks are registered, not by a condition on
 * the property: a site started on its ahead-of-time bean definitions had its conditions
 * evaluated when the jar was built, where no folder is set.
 * <p>
 * Scheduling is enabled here as well as by the search index: a site with
 * {@code portal.search.enabled=false} must still watch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ImportProperties.class)
@EnableScheduling
class WatchFolderConfiguration implements SchedulingConfigurer {

	private final BulletinImporter importer;

	private final ImportMemory memory;

	private final ImportProperties properties;

	private final Clock clock;

	WatchFolderConfiguration(BulletinImporter importer, ImportMemory memory, ImportProperties properties, Clock clock) {
		this.importer = importer;
		this.memory = memory;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Set and not blank: {@code PORTAL_IMPORT_WATCH_DIR=} would otherwise watch the
	 * working directory, and move its README into {@code imported/}.
	 */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Path folder = this.properties.watchDir();
		if (folder != null && StringUtils.hasText(folder.toString())) {
			new WatchFolder(this.importer, this.memory, folder, this.properties.watchInterval(), this.clock)
				.schedule(registrar);
		}
	}

}
