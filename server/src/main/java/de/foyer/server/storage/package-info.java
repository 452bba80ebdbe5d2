/**
 * PostgreSQL, and nothing else: the embedded server for a single machine, an external one by URL,
 * the schema migrations, and the Jdbi handle every feature's DAOs work on.
 */
package de.foyer.server.storage;
