package org.newsportal.caching;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's caching for the few read models that are costly to compute and change
 * only with an import (Caffeine, configured by {@code spring.cache.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

}
