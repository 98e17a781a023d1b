package org.newsportal.article;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Bulletins' source texts, stored in pieces ({@link BulletinSourcePart}).
 */
public interface BulletinSourceRepository extends Repository<BulletinSourcePart, BulletinSourcePart.Key> {

	/**
	 * The text of a bulletin as the editor gave it, or an empty text when none is stored.
	 */
	default String findText(long bulletinId) {
		return String.join("", findParts(bulletinId));
	}

	/**
	 * Stores a bulletin's text in place of the one stored before, if any.
	 */
	default void replaceText(long bulletinId, String text) {
		deleteParts(bulletinId);
		List<String> pieces = BulletinSourcePart.pieces(text);
		for (int position = 0; position < pieces.size(); position++) {
			insertPart(bulletinId, position, pieces.get(position));
		}
	}

	@Query("select p.text from BulletinSourcePart p where p.bulletinId = :bulletinId order by p.position")
	List<String> findParts(long bulletinId);

	@Modifying
	@Query("delete from BulletinSourcePart p where p.bulletinId = :bulletinId")
	int deleteParts(long bulletinId);

	/**
	 * Inserts a piece at once, without making it an entity of the persistence context:
	 * the texts are only ever written whole and read whole.
	 */
	@Modifying
	@Query("insert into BulletinSourcePart (bulletinId, position, text) values (:bulletinId, :position, :text)")
	void insertPart(long bulletinId, int position, String text);

}
