-- Bookings for different times proceed in parallel, and "next" is one statement.

-- The database's own guard against double booking: no two bookings hold overlapping times on one
-- lane. The unique index on the start alone could not see a two-person booking at 8:00 (8:00–8:30)
-- overlap a booking at 8:15. Equality on text and int inside a GiST index needs btree_gist.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap_per_lane
    EXCLUDE USING gist (office_id WITH =, lane WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status <> 'CANCELLED' AND lane IS NOT NULL);
DROP INDEX bookings_one_per_lane;

-- "next" walks these in the call policy's order and stops at the first eligible ticket, so its cost
-- does not grow with the number waiting. Numbers are compared byte-wise, as Java compares strings.
CREATE INDEX tickets_waiting_due ON tickets (office_id, day, due_at, number COLLATE "C")
    WHERE status = 'WAITING' AND due_at IS NOT NULL;
CREATE INDEX tickets_waiting_in_line ON tickets (office_id, day, queued_at, number COLLATE "C")
    WHERE status = 'WAITING';
