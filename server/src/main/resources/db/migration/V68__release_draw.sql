-- Fair release. A new day opens for online booking at the office's release hour, horizon_days ahead
-- (0: at midnight, as before). Where the office wants a draw, the requests for the new day's times
-- in the first draw_minutes after it opens are not served first come, first served: at the end of
-- the window they are drawn by lot, one time per mailbox. 0: no draw.
ALTER TABLE booking_rules ADD COLUMN release_hour int NOT NULL DEFAULT 0 CHECK (release_hour BETWEEN 0 AND 23);
ALTER TABLE booking_rules ADD COLUMN draw_minutes int NOT NULL DEFAULT 0 CHECK (draw_minutes BETWEEN 0 AND 120);

-- A request that joined a draw: what it asked for, when it came, and, after the draw, its lot and
-- what became of it. Name, e-mail and phone are erased when it is drawn (a booking carries them on);
-- the rest stays, so the office can show that the lots, not the arrival, decided.
CREATE TABLE draw_entries (
    id           text PRIMARY KEY,
    office_id    text NOT NULL REFERENCES offices,
    day          date NOT NULL,
    service_id   text NOT NULL REFERENCES services,
    persons      int NOT NULL CHECK (persons BETWEEN 1 AND 10),
    starts_at    timestamptz NOT NULL,
    name         text,
    email        text,
    email_key    text,
    phone        text,
    language     text NOT NULL,
    arrived_at   timestamptz NOT NULL,
    lot          int,
    outcome      text CHECK (outcome IN ('BOOKED', 'NOT_DRAWN')),
    booking_id   text REFERENCES bookings,
    drawn_at     timestamptz
);

-- One request per mailbox and released day: the draw gives one time per mailbox.
CREATE UNIQUE INDEX draw_entries_one_per_mailbox ON draw_entries (office_id, day, email_key);
CREATE INDEX draw_entries_of_day ON draw_entries (office_id, day);

-- A draw that was held: written when it begins, so that only one server instance holds it.
CREATE TABLE release_draws (
    office_id  text NOT NULL REFERENCES offices,
    day        date NOT NULL,
    drawn_at   timestamptz NOT NULL,
    PRIMARY KEY (office_id, day)
);
