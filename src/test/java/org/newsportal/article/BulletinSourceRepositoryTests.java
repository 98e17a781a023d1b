package org.newsportal.article;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class BulletinSourceRepositoryTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private BulletinSourceRepository sources;

	private long bulletinId;

	@BeforeEach
	void setUp() {
		Bulletin bulletin = new Bulletin("page.md");
		bulletin.update("hash", null, null, null, "UTF-8", Instant.EPOCH, "test", 1, "{}");
		this.bulletinId = this.entities.persistAndFlush(bulletin).getId();
	}

	@Test
	void aLongTextIsStoredInPiecesAndReadBackWhole() {
		// 𠀀 is two chars; one sits across the boundary of the first piece
		String text = "字".repeat(BulletinSourcePart.LENGTH - 1) + "𠀀" + "尾".repeat(2 * BulletinSourcePart.LENGTH);
		this.sources.replaceText(this.bulletinId, text);
		this.entities.flush();
		this.entities.clear();
		assertThat(this.sources.findParts(this.bulletinId)).hasSize(4)
			.allSatisfy((part) -> assertThat(part.length()).isLessThanOrEqualTo(BulletinSourcePart.LENGTH))
			.satisfies((parts) -> assertThat(parts.get(1)).startsWith("𠀀"));
		assertThat(this.sources.findText(this.bulletinId)).isEqualTo(text);
	}

	@Test
	void replacingATextLeavesNoPieceOfTheOldOne() {
		this.sources.replaceText(this.bulletinId, "旧".repeat(3 * BulletinSourcePart.LENGTH));
		this.entities.flush();
		this.sources.replaceText(this.bulletinId, "新的正文");
		this.entities.flush();
		this.entities.clear();
		assertThat(this.sources.findText(this.bulletinId)).isEqualTo("新的正文");
	}

	@Test
	void anEmptyTextIsOnePieceAndNoTextIsEmpty() {
		this.sources.replaceText(this.bulletinId, "");
		this.entities.flush();
		assertThat(this.sources.findParts(this.bulletinId)).containsExactly("");
		assertThat(this.sources.findText(this.bulletinId + 1)).isEmpty();
	}

}
