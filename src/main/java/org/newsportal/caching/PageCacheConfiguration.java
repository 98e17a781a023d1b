package org.newsportal.caching;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page cache ({@link PageCache}, {@link PageCacheFilter}), on unless
 * {@code portal.page-cache.enabled=false}. Not in the {@code --import} command, which
 * serves no pages.
 * <p>
 * The setting is read when the filter is registered, not by a condition: a site started
 * on its ahead-of-time definitions had its conditions evaluated when the jar was built.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(PageCacheProperties properties) {
		return new PageCache(properties);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageCacheProperties properties,
			ObjectProvider<SecurityFilterProperties> security, ObjectProvider<ServerProperties> server) {
		PageCompression compression = PageCompression.of(server.getIfAvailable(ServerProperties::new).getCompression());
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, compression));
		registration.setEnabled(properties.enabled());
		registration.addUrlPatterns("/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		// Ahead of Spring Security's filters, so that a hit skips them all (and of the
		// request-context filter, which a hit needs no more than the rest)
		int securityOrder = security.getIfAvailable(SecurityFilterProperties::new).getOrder();
		registration.setOrder(securityOrder - 10);
		return registration;
	}

}
