-- A service or counter no longer offered keeps its row: tickets, bookings and statistics refer to it.
ALTER TABLE services ADD COLUMN retired_at timestamptz;
ALTER TABLE counters ADD COLUMN retired_at timestamptz;
