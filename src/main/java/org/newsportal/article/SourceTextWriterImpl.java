package org.newsportal.article;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plain-statement part of {@link BulletinSourceRepository}, found by its name.
 */
class SourceTextWriterImpl implements SourceTextWriter {

	private final JdbcClient jdbc;

	SourceTextWriterImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insertText(long bulletinId, String text) {
		List<String> pieces = BulletinSourcePart.pieces(text);
		for (int position = 0; position < pieces.size(); position++) {
			this.jdbc.sql("insert into bulletin_source_part (bulletin_id, position, source_text) values (?, ?, ?)")
				.params(bulletinId, position, pieces.get(position))
				.update();
		}
	}

}
