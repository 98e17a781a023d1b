package org.newsportal.account;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For PostgreSQL test classes that need a database of their own (the first administrator
 * is made only in an empty account table): each runs in a schema of its own, named by
 * {@code spring.flyway.schemas} and {@code spring.datasource.hikari.schema}, emptied and
 * migrated afresh when its context starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanSchema {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
