-- The clerk console, the office's settings and its figures.

-- Wrong passwords per username (lower case), counted in the database so that the lock holds on
-- every instance. A row exists only while failures are remembered; a good login removes it.
CREATE TABLE login_attempts (
    username_key    text PRIMARY KEY,
    failures        int NOT NULL,
    last_failure_at timestamptz NOT NULL,
    locked_until    timestamptz
);

CREATE INDEX login_attempts_stale ON login_attempts (last_failure_at);

-- Rules of the queue an office sets; an office without a row has the defaults.
CREATE TABLE queue_rules (
    office_id     text PRIMARY KEY REFERENCES offices,
    max_recalls   int NOT NULL DEFAULT 2 CHECK (max_recalls BETWEEN 0 AND 10)
);

-- Lines for the waiting rooms' screens; without a waiting area a notice shows in all of them.
CREATE TABLE notices (
    id              text PRIMARY KEY,
    office_id       text NOT NULL REFERENCES offices,
    waiting_area_id text REFERENCES waiting_areas,
    text_de         text NOT NULL,
    text_en         text NOT NULL DEFAULT '',
    shown_from      date,
    shown_until     date,
    created_at      timestamptz NOT NULL,
    created_by      text REFERENCES clerks
);

CREATE INDEX notices_of_office ON notices (office_id);

-- The audit page reads the newest first; statistics read the counters' openings by time.
CREATE INDEX audit_log_at ON audit_log (at DESC);
