package org.newsportal.article.change;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cheap value that changes whenever a bulletin is imported, replaced or deleted,
 * whichever process did it: the bulletin count and the sum of their revisions. Read in a
 * read-only transaction of its own, as it is read from listeners after a commit and from
 * the scheduler.
 */
@Component
public class BulletinFingerprint {

	private final BulletinTable bulletins;

	private final TransactionTemplate transactions;

	BulletinFingerprint(BulletinTable bulletins, PlatformTransactionManager transactionManager) {
		this.bulletins = bulletins;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transactions.setReadOnly(true);
	}

	public String read() {
		return this.transactions.execute((status) -> {
			BulletinTable.Fingerprint fingerprint = this.bulletins.fingerprint();
			return fingerprint.getCount() + ":" + fingerprint.getRevisionSum();
		});
	}

}
