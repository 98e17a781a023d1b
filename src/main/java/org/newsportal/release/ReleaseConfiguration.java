package org.newsportal.release;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every instance of the site looks for held imports whose time has come every
 * {@code portal.release.interval} (15 s); the first to claim one imports it. The
 * {@code --import} command line does not.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class ReleaseConfiguration {

	private final HeldImports held;

	ReleaseConfiguration(HeldImports held) {
		this.held = held;
	}

	@Scheduled(fixedDelayString = "${portal.release.interval:15s}",
			initialDelayString = "${portal.release.interval:15s}")
	void releaseDue() {
		this.held.releaseDue();
	}

}
