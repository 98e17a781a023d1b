package org.newsportal.edition;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Pages' PDFs and images in the database, so every instance serves them. The bytes are
 * kept in chunks of {@value #CHUNK} bytes and read back one chunk at a time: a download
 * of a 20 MB PDF holds 256 KB of it in memory, never the whole file, on H2 and on
 * PostgreSQL (whose driver reads a {@code bytea} value whole). Plain JDBC: an entity
 * would load the bytes with it.
 */
@Repository
class PageFiles {

	static final int CHUNK = 256 * 1024;

	private static final String COLUMNS = "id, bulletin_id, kind, media_type, byte_size, sha256, width, height, "
			+ "thumbnail is not null";

	private static final RowMapper<StoredPageFile> ROW = (rs, row) -> new StoredPageFile(rs.getLong(1), rs.getLong(2),
			PageFileKind.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getInt(7),
			rs.getInt(8), rs.getBoolean(9));

	private final JdbcTemplate jdbc;

	PageFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a page's file, replacing the one of the same kind; one with the same content
	 * is left as it is.
	 * @return whether anything changed
	 */
	boolean store(long bulletinId, PreparedPageFile file, Instant now, String by) {
		Optional<StoredPageFile> existing = find(bulletinId, file.kind());
		if (existing.isPresent() && existing.get().sha256().equals(file.sha256())) {
			return false;
		}
		existing.ifPresent((old) -> this.jdbc.update("delete from page_file where id = ?", old.id()));
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into page_file (bulletin_id, kind, media_type, byte_size, sha256, width, height, thumbnail, "
							+ "uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setLong(1, bulletinId);
			insert.setString(2, file.kind().name());
			insert.setString(3, file.mediaType());
			insert.setLong(4, file.size());
			insert.setString(5, file.sha256());
			insert.setInt(6, file.width());
			insert.setInt(7, file.height());
			insert.setBytes(8, file.thumbnail());
			insert.setTimestamp(9, Timestamp.from(now));
			insert.setString(10, by);
			return insert;
		}, key);
		long id = key.getKey().longValue();
		byte[] content = file.content();
		List<Object[]> chunks = new ArrayList<>();
		for (int seq = 0, from = 0; from < content.length; seq++, from += CHUNK) {
			byte[] chunk = java.util.Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK));
			chunks.add(new Object[] { id, seq, chunk });
			if (chunks.size() == 8) {
				this.jdbc.batchUpdate("insert into page_file_chunk (file_id, seq, data) values (?, ?, ?)", chunks);
				chunks.clear();
			}
		}
		if (!chunks.isEmpty()) {
			this.jdbc.batchUpdate("insert into page_file_chunk (file_id, seq, data) values (?, ?, ?)", chunks);
		}
		return true;
	}

	Optional<StoredPageFile> find(long bulletinId, PageFileKind kind) {
		return this.jdbc
			.query("select " + COLUMNS + " from page_file where bulletin_id = ? and kind = ?", ROW, bulletinId,
					kind.name())
			.stream()
			.findFirst();
	}

	List<StoredPageFile> findAll(long bulletinId) {
		return this.jdbc.query("select " + COLUMNS + " from page_file where bulletin_id = ? order by kind", ROW,
				bulletinId);
	}

	List<StoredPageFile> findAll(Collection<Long> bulletinIds) {
		if (bulletinIds.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(bulletinIds.size(), "?"));
		return this.jdbc.query("select " + COLUMNS + " from page_file where bulletin_id in (" + marks + ")", ROW,
				bulletinIds.toArray());
	}

	Optional<byte[]> thumbnail(long fileId) {
		return this.jdbc.query("select thumbnail from page_file where id = ?", (rs, row) -> rs.getBytes(1), fileId)
			.stream()
			.filter((bytes) -> bytes != null)
			.findFirst();
	}

	boolean delete(long bulletinId, PageFileKind kind) {
		return this.jdbc.update("delete from page_file where bulletin_id = ? and kind = ?", bulletinId,
				kind.name()) > 0;
	}

	/**
	 * Writes a file's bytes, a chunk at a time, each read on its own.
	 * @return the bytes written; fewer than the file's size when it was replaced
	 * meanwhile
	 */
	long write(StoredPageFile file, OutputStream out) throws IOException {
		long written = 0;
		for (int seq = 0; written < file.size(); seq++) {
			List<byte[]> chunk = this.jdbc.query("select data from page_file_chunk where file_id = ? and seq = ?",
					(ResultSet rs, int row) -> bytes(rs), file.id(), seq);
			if (chunk.isEmpty()) {
				break;
			}
			out.write(chunk.get(0));
			written += chunk.get(0).length;
		}
		return written;
	}

	private static byte[] bytes(ResultSet rs) throws SQLException {
		return rs.getBytes(1);
	}

}
