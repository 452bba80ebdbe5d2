-- /health writes here: a database that answers reads but cannot write (full disk, read-only
-- mount, a transaction-read-only setting) must be reported DOWN, since bookings and tickets would fail.
CREATE TABLE health_probe (
    id          integer PRIMARY KEY CHECK (id = 1),
    checked_at  timestamptz NOT NULL
);
