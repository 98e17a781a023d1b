package org.newsportal.importer;

import org.junit.jupiter.api.BeforeEach;
import org.newsportal.article.ArticleRepository;
import org.newsportal.article.Bulletin;
import org.newsportal.article.BulletinRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A full application without the seeds, driven through MockMvc, where each test starts
 * from one stored page ({@link StoredPages}) and sees only the events published after it
 * was stored. The editors' and the corrections' pages are tested this way, in one shared
 * application.
 */
@SpringBootTest(properties = "portal.import-seeds=false")
@AutoConfigureMockMvc
@RecordApplicationEvents
public abstract class StoredPageTests {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected BulletinImporter importer;

	@Autowired
	protected BulletinRepository bulletins;

	@Autowired
	protected ArticleRepository articles;

	@Autowired
	protected ApplicationEvents events;

	/** The page as stored before each test. */
	protected Bulletin bulletin;

	/** The page's Markdown. */
	protected abstract String page();

	@BeforeEach
	void storeOnlyThePage() {
		this.bulletin = StoredPages.storeOnly(this.importer, this.bulletins, page());
		this.events.clear();
	}

}
