package org.newsportal.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.newsportal.bulletin.ItemKind;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * Fixture articles shaped like the seed's, stored directly so that query tests do not
 * depend on which parser filled the tables: seven items of one page with their bylines
 * and the people they name (a lead story, a photo item, an unrelated old item, one person
 * named twice in one item). The people, reporter and related-article queries are tested
 * over the same fixture.
 */
public final class SeedShapedArticles {

	public static final String SECRETARY = "党工委书记";

	public static final String LONG_TITLE = "市政协副主席、高新区（示范区）党工委书记";

	public static final String LEADER = "高新区领导";

	private final TestEntityManager entities;

	private final Bulletin bulletin;

	private int position;

	private SeedShapedArticles(TestEntityManager entities, Bulletin bulletin) {
		this.entities = entities;
		this.bulletin = bulletin;
	}

	/**
	 * Empties the article tables and stores the fixture, flushed and cleared from the
	 * persistence context. A shared PostgreSQL may hold what other tests committed; the
	 * test's transaction rolls the deletion back.
	 */
	public static SeedShapedArticles store(TestEntityManager entities) {
		entities.getEntityManager().createQuery("delete from Article").executeUpdate();
		entities.getEntityManager().createQuery("delete from Bulletin").executeUpdate();
		Bulletin bulletin = new Bulletin("page.md");
		bulletin.update("hash", null, null, null, "UTF-8", Instant.EPOCH, "test", 10, "{}");
		entities.persist(bulletin);
		SeedShapedArticles fixture = new SeedShapedArticles(entities, bulletin);
		fixture.article("lead", ItemKind.ARTICLE, "高新区党政联席会议召开", LocalDate.of(2024, 3, 11),
				List.of(new Credit("郭树勋", "记者")),
				List.of(mentioned("吕沛", SECRETARY), mentioned("官卫红", "管委会主任"), present("古冰涛"), present("郑侃")));
		fixture.article("city", ItemKind.ARTICLE, "高新区城改项目推进会议召开", LocalDate.of(2024, 3, 9),
				List.of(new Credit("郭树勋", "记者")), List.of(mentioned("吕沛", SECRETARY), present("古冰涛"), present("万英奎")));
		fixture.article("road", ItemKind.ARTICLE, "高新区召开山阳路项目建设指挥部第一次推进会", LocalDate.of(2024, 3, 6),
				List.of(new Credit("付凯明", "记者")), List.of(mentioned("官卫红", "管委会主任"), present("万英奎")));
		fixture.article("photo", ItemKind.PHOTO, "明仁药业有限公司生产车间的工人在操作机器", LocalDate.of(2024, 3, 10),
				List.of(new Credit("付凯明", "摄影"), new Credit("马雅宁", "摄影")), List.of());
		// Named twice in one item, with a title and among those present: one item,
		// present
		fixture.article("women", ItemKind.ARTICLE, "高新区召开纪念三八国际劳动妇女节暨表彰大会", LocalDate.of(2024, 3, 7),
				List.of(new Credit("付凯明", "记者"), new Credit("刘晋丽", "通讯员")),
				List.of(mentioned("吕沛", LONG_TITLE), new Mention("吕沛", null, true)));
		fixture.article("bank", ItemKind.ARTICLE, "行长陈志能到访高新区", LocalDate.of(2024, 3, 8),
				List.of(new Credit("付凯明", "记者")), List.of(mentioned("陈志能", "行长")));
		fixture.article("old", ItemKind.ARTICLE, "无关的旧闻", LocalDate.of(2023, 1, 1), List.of(new Credit("张三", "实习生")),
				List.of());
		entities.flush();
		entities.clear();
		return fixture;
	}

	/**
	 * Stores one more item on the fixture's page, after the others; the caller flushes.
	 */
	public void article(String slug, ItemKind kind, String title, LocalDate date, List<Credit> bylines,
			List<Mention> people) {
		this.entities.persist(new Article(this.bulletin, this.position++, slug, kind, title, null, date, true, null,
				"摘要", null, "正文", "<p>正文</p>", "正文", Instant.EPOCH, bylines, people));
	}

	/** Named with a title ({@code 党工委书记吕沛}). */
	public static Mention mentioned(String name, String title) {
		return new Mention(name, title, false);
	}

	/** Among those present ({@code 高新区领导古冰涛、郑侃参加会议。}). */
	public static Mention present(String name) {
		return new Mention(name, LEADER, true);
	}

}
