-- An office (department) no longer open keeps its row: bookings, tickets, statistics and the
-- erasure of its citizens' data still refer to it. From the day it is retired it is closed.
ALTER TABLE offices ADD COLUMN retired_at timestamptz;
