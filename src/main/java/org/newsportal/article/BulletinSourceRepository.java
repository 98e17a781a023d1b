package org.newsportal.article;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Bulletins' source texts, stored in pieces ({@link BulletinSourcePart}).
 */
public interface BulletinSourceRepository
		extends Repository<BulletinSourcePart, BulletinSourcePart.Key>, SourceTextWriter {

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
		insertText(bulletinId, text);
	}

	@Query("select p.text from BulletinSourcePart p where p.bulletinId = :bulletinId order by p.position")
	List<String> findParts(long bulletinId);

	@Modifying
	@Query("delete from BulletinSourcePart p where p.bulletinId = :bulletinId")
	int deleteParts(long bulletinId);

}
