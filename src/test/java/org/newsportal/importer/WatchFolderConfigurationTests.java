package org.newsportal.importer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * When the watch folder is on: only in the site (which has a web server), only with a
 * folder set, and polled by the scheduler even without the search index's.
 */
class WatchFolderConfigurationTests {

	private final WebApplicationContextRunner site = new WebApplicationContextRunner()
		.withUserConfiguration(WatchFolderConfiguration.class)
		.withBean(BulletinImporter.class, () -> mock(BulletinImporter.class))
		.withBean(ImportMemory.class, ImportMemory::new)
		.withBean(Clock.class, Clock::systemUTC);

	@TempDir
	private Path folder;

	@Test
	void theSiteWatchesTheFolderOnTheScheduler() {
		this.site.withPropertyValues("portal.import.watch-dir=" + this.folder, "portal.import.watch-interval=1h")
			.run((context) -> {
				assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks())
					.extracting((scheduled) -> scheduled.getTask())
					.singleElement()
					.isInstanceOfSatisfying(IntervalTask.class,
							(task) -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1)));
			});
	}

	@Test
	void nothingIsWatchedWithoutAFolder() {
		this.site.run((context) -> assertThat(scheduled(context)).isEmpty());
		this.site.withPropertyValues("portal.import.watch-dir=")
			.run((context) -> assertThat(scheduled(context)).isEmpty());
		this.site.withPropertyValues("portal.import.watch-dir=  ")
			.run((context) -> assertThat(scheduled(context)).isEmpty());
	}

	@Test
	void theImportCommandDoesNotWatch() {
		// --import starts without a web server (NewsPortalApplication), often in the
		// site's own environment, where the folder is set.
		new ApplicationContextRunner().withUserConfiguration(WatchFolderConfiguration.class)
			.withBean(BulletinImporter.class, () -> mock(BulletinImporter.class))
			.withBean(Clock.class, Clock::systemUTC)
			.withPropertyValues("portal.import.watch-dir=" + this.folder)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(WatchFolderConfiguration.class)
				.doesNotHaveBean(ScheduledTaskHolder.class));
	}

	private static Set<ScheduledTask> scheduled(ApplicationContext context) {
		return context.getBean(ScheduledTaskHolder.class).getScheduledTasks();
	}

	@Test
	void aZeroIntervalIsRefusedAtStartUp() {
		this.site.withPropertyValues("portal.import.watch-dir=" + this.folder, "portal.import.watch-interval=0s")
			.run((context) -> assertThat(context).hasFailed());
	}

}
