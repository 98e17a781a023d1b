package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Article ids come from a sequence handed out fifty at a time instead of an identity
 * column, so Hibernate can batch the inserts of a large import: with an identity column
 * every insert is its own statement, run at once to learn the id.
 * <p>
 * A Java migration because the sequence must start after the ids already used, and the
 * SQL for that differs between H2 and PostgreSQL; the statements here are common to both.
 */
public class V3__article_id_sequence extends BaseJavaMigration {

	/** Matches the allocation size of the generator on {@code Article.id}. */
	static final int ALLOCATION = 50;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			long next;
			try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from article")) {
				max.next();
				next = max.getLong(1);
			}
			// Dropped first: on PostgreSQL the identity's own sequence is called
			// article_id_seq, which is why ours is not.
			statement.execute("alter table article alter column id drop identity");
			statement.execute("create sequence article_seq start with " + next + " increment by " + ALLOCATION);
		}
	}

}
