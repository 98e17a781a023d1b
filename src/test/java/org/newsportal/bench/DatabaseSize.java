package org.newsportal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prints the size on disk of the PostgreSQL database a JDBC URL names (tables, indexes
 * and TOAST together), for {@code bench/archive.sh}. Not a test.
 */
public final class DatabaseSize {

	private DatabaseSize() {
	}

	public static void main(String[] args) throws SQLException {
		try (Connection connection = DriverManager.getConnection(args[0]);
				Statement statement = connection.createStatement();
				ResultSet size = statement
					.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
			size.next();
			System.out.println(size.getString(1));
		}
	}

}
