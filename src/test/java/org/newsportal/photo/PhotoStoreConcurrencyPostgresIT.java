package org.newsportal.photo;

import org.newsportal.OnPostgres;

/**
 * Two first imports of the same picture at once, on PostgreSQL: there the second insert
 * waits for the first transaction, and its failure would spoil its own transaction but
 * for the savepoint.
 */
@OnPostgres
class PhotoStoreConcurrencyPostgresIT extends PhotoStoreConcurrencyTests {

}
