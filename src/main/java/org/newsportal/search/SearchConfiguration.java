package org.newsportal.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(SearchProperties properties) {
		return SearchIndex.open(properties.indexDir());
	}

}
