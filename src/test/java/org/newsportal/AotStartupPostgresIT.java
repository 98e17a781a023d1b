package org.newsportal;

import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ahead-of-time definitions were generated without the {@code postgres} profile: the
 * site and the command line must still run on PostgreSQL with it.
 */
@ExtendWith(OnPostgres.Condition.class)
class AotStartupPostgresIT extends AotStartupIT {

	@Override
	protected List<String> database() {
		return OnPostgres.Condition.arguments();
	}

}
