package org.newsportal.search;

import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.newsportal.OnPostgres;

/**
 * Two instances sharing a PostgreSQL database, as in production.
 */
@ExtendWith(OnPostgres.Condition.class)
class IndexSyncPostgresIT extends IndexSyncTests {

	@Override
	protected List<String> database() {
		return OnPostgres.Condition.arguments();
	}

}
