package de.foyer.server.web;

import org.jdbi.v3.core.Jdbi;

/** The budgets' rows: each request counted by one statement, on its own. */
final class RateLimitDao {

    /** A budget's interval after the request was counted: how many it holds, and when it begins again. */
    record Window(int used, long endsAtMillis) {
    }

    private final Jdbi jdbi;

    RateLimitDao(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Counts one request in the budget's interval, opening a new one when the last has ended. The
     * count stops one above the budget: a client that keeps knocking changes nothing.
     */
    Window count(String id, long nowMillis, long intervalMillis, int budget) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO rate_limit_budgets AS b (id, window_ends, used) VALUES (:id, :now + :interval, 1)
                        ON CONFLICT (id) DO UPDATE SET
                            window_ends = CASE WHEN b.window_ends <= :now THEN :now + :interval ELSE b.window_ends END,
                            used = CASE WHEN b.window_ends <= :now THEN 1 ELSE least(b.used + 1, :budget + 1) END
                        RETURNING used, window_ends""")
                .bind("id", id).bind("now", nowMillis).bind("interval", intervalMillis).bind("budget", budget)
                .map((rs, ctx) -> new Window(rs.getInt("used"), rs.getLong("window_ends")))
                .one());
    }

    /** Intervals that have ended say nothing a new row would not. */
    void sweep(long nowMillis) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM rate_limit_budgets WHERE window_ends <= :now")
                .bind("now", nowMillis).execute());
    }
}
