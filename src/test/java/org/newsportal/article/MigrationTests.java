package org.newsportal.article;

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
 * The migrations that move data, run on a database that already holds some: what a paper
 * upgrading from an earlier release has.
 */
class MigrationTests {

	private final String url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Test
	void existingArticlesKeepTheirIdsAndNewOnesComeAfterThem() throws SQLException {
		migrate("2");
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("insert into bulletin (id, name, content_hash, charset, source_text, imported_at, "
					+ "item_count, report) values (3, 'page.md', 'h', 'UTF-8', '# 标题\n\n正文。', "
					+ "current_timestamp, 1, '{}')");
			statement.execute("insert into article (id, bulletin_id, position, slug, kind, title, item_date, dated, "
					+ "markdown, html, plain_text, created_at) values (41, 3, 0, 's', 'ARTICLE', '标题', "
					+ "date '2024-03-11', true, '正文。', '<p>正文。</p>', '正文。', current_timestamp)");
		}
		migrate(null);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			assertThat(single(statement, "select next value for article_seq")).isEqualTo("42");
			assertThat(single(statement, "select source_text from bulletin_source_part where bulletin_id = 3"))
				.isEqualTo("# 标题\n\n正文。");
			assertThat(single(statement,
					"select count(*) from information_schema.columns "
							+ "where lower(table_name) = 'bulletin' and lower(column_name) = 'source_text'"))
				.isEqualTo("0");
		}
	}

	@Test
	void aLongSourceTextIsCutIntoPiecesWithoutSplittingACharacter() throws SQLException {
		migrate("7");
		// 𠀀 is two chars in Java; put one across the first boundary
		String text = "# 标题\n\n" + "字".repeat(99_993) + "𠀀" + "尾".repeat(150_000);
		try (Connection connection = connect();
				PreparedStatement insert = connection.prepareStatement(
						"insert into bulletin (id, name, content_hash, charset, imported_at, item_count, report) "
								+ "values (5, 'long.md', 'h', 'UTF-8', current_timestamp, 1, '{}')")) {
			insert.execute();
			try (PreparedStatement source = connection
				.prepareStatement("insert into bulletin_source (bulletin_id, source_text) values (5, ?)")) {
				source.setString(1, text);
				source.execute();
			}
		}
		migrate(null);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			List<String> parts = new ArrayList<>();
			try (ResultSet result = statement
				.executeQuery("select source_text from bulletin_source_part where bulletin_id = 5 order by position")) {
				while (result.next()) {
					parts.add(result.getString(1));
				}
			}
			assertThat(parts).hasSize(3);
			assertThat(parts.get(0)).hasSize(99_999).endsWith("字");
			assertThat(parts.get(1)).startsWith("𠀀");
			assertThat(String.join("", parts)).isEqualTo(text);
		}
	}

	@Test
	void anEmptyDatabaseStartsArticleIdsAtOne() throws SQLException {
		migrate(null);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			assertThat(single(statement, "select next value for article_seq")).isEqualTo("1");
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

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
