package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A page's source text moves into pieces of at most 100,000 characters. The embedded
 * database writes each row in one piece: a page of 10 million characters was one row of
 * 30 MB in UTF-8, and writing it needed a buffer of that size and more, which a 256 MB
 * heap cannot always give; the database then stopped for good. A Java migration because
 * cutting a text into pieces is not portable SQL; the statements here are common to H2
 * and PostgreSQL.
 */
public class V7_1__bulletin_source_parts extends BaseJavaMigration {

	/**
	 * As {@code BulletinSourcePart.LENGTH}; the cutting is repeated here rather than
	 * called, so this migration stays as it ran whatever becomes of the entity.
	 */
	static final int LENGTH = 100_000;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					create table bulletin_source_part (
					  bulletin_id bigint not null,
					  position integer not null,
					  source_text varchar not null,
					  constraint bulletin_source_part_pk primary key (bulletin_id, position),
					  constraint bulletin_source_part_bulletin_fk foreign key (bulletin_id)
					    references bulletin (id) on delete cascade
					)""");
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into bulletin_source_part (bulletin_id, position, source_text) values (?, ?, ?)");
					Statement select = connection.createStatement();
					ResultSet sources = select.executeQuery("select bulletin_id, source_text from bulletin_source")) {
				while (sources.next()) {
					long bulletinId = sources.getLong(1);
					String text = sources.getString(2);
					int position = 0;
					int start = 0;
					do {
						int end = Math.min(text.length(), start + LENGTH);
						if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
							end--;
						}
						insert.setLong(1, bulletinId);
						insert.setInt(2, position++);
						insert.setString(3, text.substring(start, end));
						insert.executeUpdate();
						start = end;
					}
					while (start < text.length());
				}
			}
			statement.execute("drop table bulletin_source");
		}
	}

}
