package de.foyer.server.storage;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After personal data was erased, its bytes still lie in the tables' files (dead row versions,
 * free space that was never overwritten) and in the write-ahead log. VACUUM FULL writes the tables
 * anew without them; a WAL switch and a checkpoint then let PostgreSQL remove the segments that
 * still held them (wal_recycle is off for the embedded database, so they are deleted, not reused).
 * VACUUM FULL locks the table while it runs: for an office's bookings a fraction of a second.
 */
public final class Scrubber {

    private static final Logger log = LoggerFactory.getLogger(Scrubber.class);

    private final Jdbi jdbi;

    public Scrubber(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Rewrites the tables; the WAL steps need rights an external database may not grant, and are skipped there. */
    public void scrub(String... tables) {
        jdbi.useHandle(handle -> {
            for (String table : tables) {
                handle.execute("VACUUM (FULL, ANALYZE) " + table);
            }
            for (String statement : new String[]{"SELECT pg_switch_wal()", "CHECKPOINT"}) {
                try {
                    handle.execute(statement);
                } catch (RuntimeException e) {
                    log.info("After erasure, '{}' was not allowed ({}); erased data stays in the WAL until it is overwritten",
                            statement, e.getMessage());
                }
            }
        });
    }
}
