package org.newsportal.caching;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The setting decides at run time whether the filter is registered, so it works on the
 * ahead-of-time definitions too, whose conditions were fixed at build time.
 */
class PageCacheConfigurationTests {

	private final WebApplicationContextRunner site = new WebApplicationContextRunner()
		.withUserConfiguration(Properties.class, PageCacheConfiguration.class);

	@Test
	void theFilterIsRegisteredUnlessTurnedOff() {
		this.site.run((context) -> assertThat(registration(context.getBean("pageCacheFilter")).isEnabled()).isTrue());
		this.site.withPropertyValues("portal.page-cache.enabled=false")
			.run((context) -> assertThat(registration(context.getBean("pageCacheFilter")).isEnabled()).isFalse());
	}

	private static FilterRegistrationBean<?> registration(Object bean) {
		return (FilterRegistrationBean<?>) bean;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PageCacheProperties.class)
	static class Properties {

	}

}
