package org.newsportal.importer;

import org.newsportal.OnPostgres;

/**
 * Importing, replacing and refusing bulletins, on PostgreSQL.
 */
@OnPostgres
class BulletinImporterPostgresIT extends BulletinImporterTests {

}
