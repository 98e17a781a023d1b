package org.newsportal.edition;

import org.newsportal.OnPostgres;

/**
 * Importing into the printed edition, pages' files and their chunks on PostgreSQL.
 */
@OnPostgres
class PrintedImportPostgresIT extends PrintedImportTests {

}
