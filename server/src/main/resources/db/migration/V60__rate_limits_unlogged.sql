-- Budgets are counted by one statement per request (web.RateLimitDao) instead of Bucket4j's
-- locked read and write. A budget is worth less than a booking: its table is unlogged, so its
-- writes commit without waiting for the disk, and a crash forgets an interval's counts, nothing
-- else. The id is a kind and a SHA-256 of the key: no client address or mailbox in plain text.
DROP TABLE rate_limit_buckets;

CREATE UNLOGGED TABLE rate_limit_budgets (
    id          text PRIMARY KEY,
    window_ends bigint NOT NULL, -- milliseconds since 1970 in the server's clock
    used        integer NOT NULL
);

CREATE INDEX rate_limit_budgets_window ON rate_limit_budgets (window_ends);
