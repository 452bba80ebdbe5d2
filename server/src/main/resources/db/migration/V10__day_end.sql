-- The day's end: tickets still waiting when the office's day is over end as NOT_SERVED, with the
-- reason staff see; nobody is left WAITING on a day that can no longer call them.
ALTER TABLE tickets DROP CONSTRAINT tickets_status_check;
ALTER TABLE tickets ADD CONSTRAINT tickets_status_check
    CHECK (status IN ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'NOT_SERVED'));
ALTER TABLE tickets ADD COLUMN end_reason text CHECK (end_reason IN ('OFFICE_CLOSED', 'DAY_OVER'));

-- When an office's day ends for its queue; null: at its latest closing time of that weekday.
ALTER TABLE queue_rules ADD COLUMN day_ends_at time;

-- One row per office and day once that day has begun for the queue: the first instance to insert it
-- tells the screens to drop the day before's calls. ended_at: when closing swept the waiting tickets,
-- once; a citizen a clerk puts back in line after that may still be called until midnight.
CREATE TABLE queue_days (
    office_id   text NOT NULL REFERENCES offices,
    day         date NOT NULL,
    begun_at    timestamptz NOT NULL,
    ended_at    timestamptz,
    PRIMARY KEY (office_id, day)
);
