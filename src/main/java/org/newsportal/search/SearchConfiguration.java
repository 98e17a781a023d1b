package org.newsportal.search;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The index, and the scheduler that commits its updates (see
 * {@link SearchIndexMaintainer}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSearchEnabled
@EnableScheduling
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(SearchProperties properties, ApplicationEventPublisher events) {
		SearchIndex index = SearchIndex.open(properties.indexDir());
		index.onChange(() -> events.publishEvent(new SearchIndexChanged()));
		return index;
	}

}
