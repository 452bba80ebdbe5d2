-- A budget is worth less than a booking: its rows need not reach the write-ahead log. Writes to an
-- unlogged table commit without waiting for the disk, whatever synchronous_commit says, and a
-- crash empties the table: it forgets a minute's counts (an hour's for mailboxes), nothing else.
ALTER TABLE rate_limit_buckets SET UNLOGGED;
