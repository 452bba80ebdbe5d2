-- The waiting list: citizens who found no time that suits them ask to be told when one frees, and
-- a freed time is held for the first in line, then the next, in the order they joined.

-- A time held for a citizen of the waiting list: it occupies its lane like a booking (the overlap
-- constraint sees every status but CANCELLED), and becomes BOOKED when they take it.
ALTER TABLE bookings DROP CONSTRAINT bookings_status_check;
ALTER TABLE bookings ADD CONSTRAINT bookings_status_check
    CHECK (status IN ('HELD', 'BOOKED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW'));

ALTER TABLE booking_rules ADD COLUMN waiting_hold_minutes int NOT NULL DEFAULT 15
    CHECK (waiting_hold_minutes BETWEEN 1 AND 1440);

CREATE TABLE waiting_list (
    -- Random, and with a signature the citizen's link to the entry (/waiting-list/{id}?token=…).
    id            text PRIMARY KEY,
    office_id     text NOT NULL REFERENCES offices,
    service_id    text NOT NULL REFERENCES services,
    persons       int NOT NULL CHECK (persons BETWEEN 1 AND 10),
    -- The days and the start times that suit, in the office's local time.
    first_day     date NOT NULL,
    last_day      date NOT NULL CHECK (last_day >= first_day),
    earliest      time NOT NULL,
    latest        time NOT NULL CHECK (latest >= earliest),
    status        text NOT NULL CHECK (status IN ('UNCONFIRMED', 'WAITING', 'OFFERED', 'BOOKED', 'LEFT', 'ENDED')),
    -- Personal data: erased as soon as the entry ends.
    name          text,
    email         text,
    email_key     text,
    language      text NOT NULL,
    joined_at     timestamptz NOT NULL,
    confirmed_at  timestamptz,
    ended_at      timestamptz
);

-- Offers go to the first in line whose days and hours suit: walked in the order of joining.
CREATE INDEX waiting_list_in_line ON waiting_list (office_id, service_id, joined_at) WHERE status = 'WAITING';
-- One open entry per mailbox and service: joining again changes the wishes and mails the link again.
CREATE UNIQUE INDEX waiting_list_one_per_mailbox ON waiting_list (office_id, service_id, email_key)
    WHERE status IN ('UNCONFIRMED', 'WAITING', 'OFFERED');

-- Every offer made, kept after the entry ends: the office can show who was offered which time, when,
-- in which order, and what became of it.
CREATE TABLE waiting_offers (
    booking_id   text PRIMARY KEY REFERENCES bookings,
    entry_id     text NOT NULL REFERENCES waiting_list,
    offered_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    outcome      text CHECK (outcome IN ('TAKEN', 'DECLINED', 'LAPSED')),
    decided_at   timestamptz
);

CREATE INDEX waiting_offers_open ON waiting_offers (expires_at) WHERE outcome IS NULL;
CREATE INDEX waiting_offers_of_entry ON waiting_offers (entry_id);
