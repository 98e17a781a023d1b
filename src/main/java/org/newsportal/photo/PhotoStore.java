package org.newsportal.photo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * News photos in the database, so every instance serves them: each once, by the SHA-256
 * of its file, with its renditions, and which bulletins and items show it. Plain JDBC: an
 * entity would load the bytes with it. Called within the importer's transaction, so a
 * bulletin and its photos are stored, replaced or deleted together.
 */
@Repository
public class PhotoStore {

	/**
	 * How long to wait for other imports storing the same photo: H2 gives up a lock wait
	 * after a second or two, while an import holds its transaction up to a minute (a page
	 * of thousands of items).
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(120);

	private final JdbcTemplate jdbc;

	PhotoStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a photo unless one with the same content is there. Idempotent when two
	 * imports store the same picture at once: the second one's insert waits for the
	 * first's transaction and then breaks the unique constraint, which is undone alone
	 * (to a savepoint: on PostgreSQL a failed statement spoils its whole transaction) and
	 * answered with the winner's id. A lock wait that times out (H2) or a deadlock
	 * (PostgreSQL) is undone the same way and tried again, for up to {@link #PATIENCE}.
	 * @return its id
	 */
	public long save(PreparedPhoto photo, Instant now) {
		return store(photo, now, new boolean[1]);
	}

	/**
	 * Stores a photo ahead of the bulletin that shows it, as {@link #save} does.
	 * @return its id when this call stored it, empty when it was there already
	 */
	public Optional<Long> saveAhead(PreparedPhoto photo, Instant now) {
		boolean[] inserted = new boolean[1];
		long id = store(photo, now, inserted);
		return inserted[0] ? Optional.of(id) : Optional.empty();
	}

	private long store(PreparedPhoto photo, Instant now, boolean[] inserted) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			Optional<Long> existing = idOf(photo.sha256());
			if (existing.isPresent()) {
				return existing.get();
			}
			Savepoint savepoint = savepoint();
			try {
				long id = insert(photo, now);
				release(savepoint);
				inserted[0] = true;
				return id;
			}
			catch (DuplicateKeyException | TransientDataAccessException ex) {
				// a duplicate: the other import committed, and its photo is the one to
				// show; a lock wait that timed out or a deadlock: it has not yet
				rollbackTo(savepoint);
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while another import stores the same photo", ex);
		}
	}

	private long insert(PreparedPhoto photo, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into photo (sha256, width, height, byte_size, created_at) values (?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, photo.sha256());
			insert.setInt(2, photo.width());
			insert.setInt(3, photo.height());
			insert.setLong(4, photo.size());
			insert.setTimestamp(5, Timestamp.from(now));
			return insert;
		}, key);
		long id = key.getKey().longValue();
		for (Rendition rendition : photo.renditions()) {
			insertRendition(id, "", rendition.format(), rendition.width(), rendition.height(), rendition.encoded());
		}
		for (PreparedPhoto.Crop crop : photo.crops()) {
			insertRendition(id, crop.crop().code(), PhotoFormat.JPEG, crop.width(), crop.height(), crop.encoded());
		}
		return id;
	}

	/**
	 * Read from the photo's spool as it is stored: one rendition at a time in the heap,
	 * never a page's.
	 */
	private void insertRendition(long photoId, String crop, PhotoFormat format, int width, int height, Encoded data) {
		this.jdbc.update(
				"insert into photo_rendition (photo_id, crop, format, width, height, data) values (?, ?, ?, ?, ?, ?)",
				photoId, crop, format.name(), width, height, data.bytes());
	}

	/**
	 * A savepoint in the transaction under way, or null outside one (nothing to undo).
	 */
	private Savepoint savepoint() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		return this.jdbc.execute((ConnectionCallback<Savepoint>) Connection::setSavepoint);
	}

	private void rollbackTo(Savepoint savepoint) {
		if (savepoint != null) {
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				connection.rollback(savepoint);
				return null;
			});
		}
	}

	private void release(Savepoint savepoint) {
		if (savepoint != null) {
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				connection.releaseSavepoint(savepoint);
				return null;
			});
		}
	}

	Optional<Long> idOf(String sha256) {
		return this.jdbc.queryForList("select id from photo where sha256 = ?", Long.class, sha256).stream().findFirst();
	}

	/**
	 * Makes these the photos a bulletin shows, and deletes the ones it showed before that
	 * nothing shows any more.
	 */
	public void replaceBulletinPhotos(long bulletinId, Collection<Long> photoIds) {
		List<Long> before = this.jdbc.queryForList("select photo_id from bulletin_photo where bulletin_id = ?",
				Long.class, bulletinId);
		this.jdbc.update("delete from bulletin_photo where bulletin_id = ?", bulletinId);
		Set<Long> now = new LinkedHashSet<>(photoIds);
		List<Object[]> rows = now.stream().map((id) -> new Object[] { bulletinId, id }).toList();
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("insert into bulletin_photo (bulletin_id, photo_id) values (?, ?)", rows);
		}
		List<Long> dropped = new ArrayList<>(before);
		dropped.removeAll(now);
		deleteUnused(dropped);
	}

	/**
	 * Forgets a bulletin's photos (it is being deleted) and deletes those nothing else
	 * shows.
	 */
	public void forgetBulletin(long bulletinId) {
		replaceBulletinPhotos(bulletinId, List.of());
	}

	/** Records each item's first picture, once the items are stored. */
	public void saveArticlePhotos(List<ArticlePhoto> photos) {
		if (photos.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("insert into article_photo (article_id, photo_id, alt) values (?, ?, ?)",
				photos.stream()
					.map((photo) -> new Object[] { photo.articleId(), photo.photoId(), photo.alt() })
					.toList());
	}

	/**
	 * Deletes the photos stored ahead of a bulletin that was then not stored, unless
	 * something shows them meanwhile.
	 */
	public void deleteUnused(Collection<Long> candidates) {
		for (Long id : candidates) {
			this.jdbc.update("""
					delete from photo where id = ?
					  and not exists (select 1 from bulletin_photo b where b.photo_id = photo.id)
					  and not exists (select 1 from article_photo a where a.photo_id = photo.id)""", id);
		}
	}

	/**
	 * Deletes the photos nothing shows that were stored before the given time: those
	 * stored ahead of a bulletin whose import was cut short by a crash. An import in
	 * progress stores its photos minutes at most before it links them.
	 * @return how many were deleted
	 */
	public int sweep(Instant before) {
		return this.jdbc.update("""
				delete from photo where created_at < ?
				  and not exists (select 1 from bulletin_photo b where b.photo_id = photo.id)
				  and not exists (select 1 from article_photo a where a.photo_id = photo.id)""",
				Timestamp.from(before));
	}

	/** One rendition's bytes. */
	public Optional<byte[]> rendition(String sha256, PhotoFormat format, int width) {
		return this.jdbc
			.query("""
					select r.data from photo_rendition r join photo p on p.id = r.photo_id
					where p.sha256 = ? and r.crop = '' and r.format = ? and r.width = ?""", (rs, row) -> rs.getBytes(1),
					sha256, format.name(), width)
			.stream()
			.findFirst();
	}

	/** One crop's bytes, JPEG. */
	public Optional<byte[]> crop(String sha256, PhotoCrop crop) {
		return this.jdbc.query("""
				select r.data from photo_rendition r join photo p on p.id = r.photo_id
				where p.sha256 = ? and r.crop = ?""", (rs, row) -> rs.getBytes(1), sha256, crop.code())
			.stream()
			.findFirst();
	}

	public long count() {
		return this.jdbc.queryForObject("select count(*) from photo", Long.class);
	}

	/** The first picture of each of these items (by slug) that has one. */
	public Map<String, ItemPhoto> itemPhotos(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		String marks = String.join(", ", Collections.nCopies(slugs.size(), "?"));
		Map<String, ItemPhotoRow> rows = new LinkedHashMap<>();
		this.jdbc.query("""
				select i.slug, a.alt, p.sha256, p.width, p.height, r.format, r.width, r.crop
				from article i join article_photo a on a.article_id = i.id join photo p on p.id = a.photo_id
				join photo_rendition r on r.photo_id = p.id
				where i.slug in (%s) order by i.slug, r.width""".formatted(marks), (rs) -> {
			ItemPhotoRow row = rows.computeIfAbsent(rs.getString(1),
					(id) -> new ItemPhotoRow(rs, new ArrayList<>(), new boolean[1], new ArrayList<>()));
			PhotoCrop crop = PhotoCrop.ofCode(rs.getString(8));
			if (crop != null) {
				row.crops().add(crop);
			}
			else if (PhotoFormat.JPEG.name().equals(rs.getString(6))) {
				row.widths().add(rs.getInt(7));
			}
			else {
				row.webp()[0] = true;
			}
		}, slugs.toArray());
		Map<String, ItemPhoto> photos = new LinkedHashMap<>();
		rows.forEach((id, row) -> photos.put(id, new ItemPhoto(row.alt(),
				new PhotoRef(row.sha256(), row.width(), row.height(), row.widths(), row.webp()[0], row.crops()))));
		return photos;
	}

	/** The size of a rendition in bytes, for a feed's enclosure. */
	public Optional<Long> size(String sha256, PhotoFormat format, int width) {
		return this.jdbc
			.queryForList("""
					select octet_length(r.data) from photo_rendition r join photo p on p.id = r.photo_id
					where p.sha256 = ? and r.crop = '' and r.format = ? and r.width = ?""", Long.class, sha256,
					format.name(), width)
			.stream()
			.findFirst();
	}

	/** An item's picture: where it is and what it shows. */
	public record ItemPhoto(String alt, PhotoRef photo) {

		/** The narrowest rendition, a list's thumbnail. */
		public String thumbnail() {
			return this.photo.smallest();
		}

		public int thumbnailWidth() {
			return this.photo.widths().get(0);
		}

		public int thumbnailHeight() {
			return this.photo.heightAt(thumbnailWidth());
		}

		/** Every JPEG width, for a picture shown at full column width. */
		public String srcset() {
			return this.photo.srcset(PhotoFormat.JPEG);
		}

		public String webpSrcset() {
			return this.photo.webp() ? this.photo.srcset(PhotoFormat.WEBP) : null;
		}

		public String src() {
			return this.photo.largest();
		}

		public int width() {
			return this.photo.shownWidth();
		}

		public int height() {
			return this.photo.heightAt(width());
		}

	}

	/** An item and the photo to record as its first picture. */
	public record ArticlePhoto(long articleId, long photoId, String alt) {

	}

	private record ItemPhotoRow(String alt, String sha256, int width, int height, List<Integer> widths, boolean[] webp,
			List<PhotoCrop> crops) {

		ItemPhotoRow(java.sql.ResultSet rs, List<Integer> widths, boolean[] webp, List<PhotoCrop> crops) {
			this(string(rs, 2), string(rs, 3), integer(rs, 4), integer(rs, 5), widths, webp, crops);
		}

		private static String string(java.sql.ResultSet rs, int column) {
			try {
				return rs.getString(column);
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static int integer(java.sql.ResultSet rs, int column) {
			try {
				return rs.getInt(column);
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
