-- Rate-limit budgets shared by every server instance (Bucket4j's PostgreSQL layout). The id is a
-- kind and a SHA-256 of the key, so no client address or mailbox is kept in plain text; rows whose
-- budget is full again expire (expires_at, milliseconds since 1970) and are swept.
CREATE TABLE rate_limit_buckets (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
