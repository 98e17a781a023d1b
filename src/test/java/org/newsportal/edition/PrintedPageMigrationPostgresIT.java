package org.newsportal.edition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsportal.OnPostgres;

/**
 * The V9 back-fill on PostgreSQL, in a schema of its own that is dropped afterwards.
 */
@OnPostgres
class PrintedPageMigrationPostgresIT {

	private final String url = System.getProperty("portal.test.postgres.url");

	private final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");

	@AfterEach
	void dropSchema() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + this.schema + " cascade");
		}
	}

	@Test
	void bulletinsImportedBeforeArePagesOfTheirIssueInImportOrder() throws SQLException {
		migrate(PrintedPageMigrationTests.BEFORE);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			PrintedPageMigrationTests.backFillFixture(statement);
		}
		migrate(null);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			PrintedPageMigrationTests.assertBackFilled(statement);
		}
	}

	private void migrate(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.url, null, null)
			.schemas(this.schema)
			.locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	private Connection connect() throws SQLException {
		Connection connection = DriverManager.getConnection(this.url);
		connection.setSchema(this.schema);
		return connection;
	}

}
