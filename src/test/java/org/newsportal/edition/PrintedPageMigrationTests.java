package org.newsportal.edition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The V9 back-fill on H2, run on a database that already holds bulletins: each with an
 * issue date becomes a page of that issue, numbered in import order; those without one
 * stay out. {@code PrintedPageMigrationPostgresIT} runs the same on PostgreSQL.
 */
class PrintedPageMigrationTests {

	/** The last migration before the printed edition. */
	static final String BEFORE = "7";

	private final String url = "jdbc:h2:mem:printed-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Test
	void bulletinsImportedBeforeArePagesOfTheirIssueInImportOrder() throws SQLException {
		migrate(BEFORE);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			backFillFixture(statement);
		}
		migrate(null);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			assertBackFilled(statement);
		}
	}

	/**
	 * Bulletins as an earlier release stored them: two issues imported interleaved, and
	 * one bulletin without an issue date.
	 */
	static void backFillFixture(Statement statement) throws SQLException {
		insert(statement, 5, "b.md", "2024-03-12");
		insert(statement, 7, "c.md", "2024-03-13");
		insert(statement, 3, "a.md", "2024-03-12");
		insert(statement, 9, "d.md", null);
		insert(statement, 11, "e.md", "2024-03-12");
	}

	static void assertBackFilled(Statement statement) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery("select bulletin_id, edition, issue_date, page_section, "
				+ "page_number, page_name, date_from, page_from from printed_page order by bulletin_id")) {
			while (result.next()) {
				rows.add(result.getLong(1) + " '" + result.getString(2) + "' " + result.getString(3) + " '"
						+ result.getString(4) + "' " + result.getInt(5) + " " + result.getString(6) + " "
						+ result.getString(7) + " " + result.getString(8));
			}
		}
		assertThat(rows).containsExactly("3 '' 2024-03-12 '' 1 null EDITOR IMPORT_ORDER",
				"5 '' 2024-03-12 '' 2 null EDITOR IMPORT_ORDER", "7 '' 2024-03-13 '' 1 null EDITOR IMPORT_ORDER",
				"11 '' 2024-03-12 '' 3 null EDITOR IMPORT_ORDER");
		// A file and its chunks go with their bulletin
		statement.execute("insert into page_file (bulletin_id, kind, media_type, byte_size, sha256, uploaded_at) "
				+ "values (5, 'PDF', 'application/pdf', 3, 'abc', current_timestamp)");
		long file;
		try (ResultSet result = statement.executeQuery("select id from page_file where bulletin_id = 5")) {
			result.next();
			file = result.getLong(1);
		}
		try (PreparedStatement chunk = statement.getConnection()
			.prepareStatement("insert into page_file_chunk (file_id, seq, data) values (?, 0, ?)")) {
			chunk.setLong(1, file);
			chunk.setBytes(2, new byte[] { '%', 'P', 'D' });
			chunk.executeUpdate();
		}
		statement.execute("delete from bulletin where id = 5");
		assertThat(count(statement, "select count(*) from printed_page where bulletin_id = 5")).isZero();
		assertThat(count(statement, "select count(*) from page_file_chunk")).isZero();
	}

	private static void insert(Statement statement, long id, String name, String issueDate) throws SQLException {
		statement.execute("insert into bulletin (id, name, content_hash, issue_date, charset, imported_at, item_count, "
				+ "report, revision) values (" + id + ", '" + name + "', 'h', "
				+ ((issueDate != null) ? "date '" + issueDate + "'" : "null")
				+ ", 'UTF-8', current_timestamp, 0, '{}', " + id + ")");
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private void migrate(String target) {
		var configuration = Flyway.configure().dataSource(this.url, "sa", "").locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, "sa", "");
	}

}
