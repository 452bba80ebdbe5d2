package de.foyer.server.web;

import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;

/** The budgets' rows: each request counted in all its budgets by one statement, on its own. */
final class RateLimitDao {

    /** A budget's interval after the request was counted: how many it holds, and when it begins again. */
    record Window(int used, long endsAtMillis) {
    }

    private final Jdbi jdbi;

    RateLimitDao(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One budget a request is counted in: its row, the length of a new interval, and the budget. */
    record Counted(String id, long intervalMillis, int budget) {
    }

    /**
     * Counts one request in each of the budgets in one statement, opening a new interval where the
     * last has ended; the windows come back in the order asked. A count stops one above its budget:
     * a client that keeps knocking changes nothing. Rows are written in the order of their ids, so
     * two requests counting the same pair cannot deadlock.
     */
    List<Window> count(List<Counted> budgets, long nowMillis) {
        List<Map.Entry<String, Window>> rows = jdbi.withHandle(handle -> handle.createQuery("""
                        WITH asked (id, interval_ms, budget) AS (
                            SELECT * FROM unnest(:ids::text[], :intervals::bigint[], :budgets::int[]))
                        INSERT INTO rate_limit_budgets AS b (id, window_ends, used)
                        SELECT id, :now + interval_ms, 1 FROM asked ORDER BY id
                        ON CONFLICT (id) DO UPDATE SET
                            window_ends = CASE WHEN b.window_ends <= :now THEN excluded.window_ends ELSE b.window_ends END,
                            used = CASE WHEN b.window_ends <= :now THEN 1
                                        ELSE least(b.used + 1, (SELECT budget FROM asked WHERE asked.id = b.id) + 1) END
                        RETURNING id, used, window_ends""")
                .bindArray("ids", String.class, budgets.stream().map(Counted::id).toList())
                .bindArray("intervals", Long.class, budgets.stream().map(Counted::intervalMillis).toList())
                .bindArray("budgets", Integer.class, budgets.stream().map(Counted::budget).toList())
                .bind("now", nowMillis)
                .map((rs, ctx) -> Map.entry(rs.getString("id"), new Window(rs.getInt("used"), rs.getLong("window_ends"))))
                .list());
        Map<String, Window> byId = Map.ofEntries(rows.toArray(Map.Entry[]::new));
        return budgets.stream().map(budget -> byId.get(budget.id())).toList();
    }

    /** Intervals that have ended say nothing a new row would not. */
    void sweep(long nowMillis) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM rate_limit_budgets WHERE window_ends <= :now")
                .bind("now", nowMillis).execute());
    }
}
