package org.newsportal.correction;

import java.time.Clock;

import org.newsportal.article.change.BulletinReplaced;
import org.newsportal.article.change.BulletinReplacing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps corrections through a re-import, inside its transaction: every address the
 * bulletin's articles had becomes an alias before they are replaced, and articles an
 * editor changed keep the edits or take the page's text, as chosen, with a revision
 * saying which.
 */
@Component
class ReimportEdits {

	private final AliasRepository aliases;

	private final Corrections corrections;

	private final Clock clock;

	ReimportEdits(AliasRepository aliases, Corrections corrections, Clock clock) {
		this.aliases = aliases;
		this.corrections = corrections;
		this.clock = clock;
	}

	@EventListener
	void onReplacing(BulletinReplacing event) {
		this.aliases.keepAddresses(event.bulletinId(), this.clock.instant());
	}

	@EventListener
	void onReplaced(BulletinReplaced event) {
		this.corrections.afterReimport(event.bulletinId(), ReimportChoice.current());
	}

}
