-- Online booking, confirmations, check-in and the mail outbox.

-- The rules an office sets for its appointments. An office without a row uses the defaults
-- below (the same values as BookingRules.DEFAULTS in the server).
CREATE TABLE booking_rules (
    office_id               text PRIMARY KEY REFERENCES offices,
    staffed_counters        int NOT NULL DEFAULT 5 CHECK (staffed_counters > 0),
    online_quota_percent    int NOT NULL DEFAULT 75 CHECK (online_quota_percent BETWEEN 0 AND 100),
    release_delay_minutes   int NOT NULL DEFAULT 30 CHECK (release_delay_minutes >= 0),
    horizon_days            int NOT NULL DEFAULT 60 CHECK (horizon_days > 0),
    max_active_per_email    int NOT NULL DEFAULT 2 CHECK (max_active_per_email > 0),
    checkin_before_minutes  int NOT NULL DEFAULT 30 CHECK (checkin_before_minutes >= 0),
    checkin_after_minutes   int NOT NULL DEFAULT 10 CHECK (checkin_after_minutes >= 0),
    reminder_hours          int NOT NULL DEFAULT 24 CHECK (reminder_hours >= 0),
    erase_after_days        int NOT NULL DEFAULT 14 CHECK (erase_after_days >= 0)
);

CREATE TABLE bookings (
    id                text PRIMARY KEY,
    -- Normalised: upper case, letters and digits only. Ours come from an unambiguous alphabet;
    -- imported ones keep the other system's code.
    code              text NOT NULL UNIQUE,
    office_id         text NOT NULL REFERENCES offices,
    service_id        text NOT NULL REFERENCES services,
    persons           int NOT NULL CHECK (persons BETWEEN 1 AND 10),
    day               date NOT NULL,
    starts_at         timestamptz NOT NULL,
    ends_at           timestamptz NOT NULL CHECK (ends_at > starts_at),
    -- Which of the day's parallel capacities (staffed counters) the booking takes; null for an
    -- imported booking that found none free.
    lane              int,
    channel           text NOT NULL CHECK (channel IN ('ONLINE', 'STAFF', 'IMPORT')),
    status            text NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW')),
    -- Personal data: erased some days after the appointment; everything else stays for the figures.
    name              text,
    email             text,
    email_key         text,
    phone             text,
    booked_at         timestamptz NOT NULL,
    booked_by         text REFERENCES clerks,
    checked_in_at     timestamptz,
    ticket_id         text REFERENCES tickets,
    cancelled_at      timestamptz,
    -- A cancelled time goes back on sale online only from here: bots watch for freed times.
    released_at       timestamptz,
    no_show_at        timestamptz,
    erased_at         timestamptz
);

-- The database's own guard against double booking: one booking per capacity and start.
CREATE UNIQUE INDEX bookings_one_per_lane ON bookings (office_id, day, lane, starts_at)
    WHERE status <> 'CANCELLED' AND lane IS NOT NULL;
CREATE INDEX bookings_of_day ON bookings (office_id, day);
CREATE INDEX bookings_by_email ON bookings (email_key) WHERE status = 'BOOKED';
CREATE INDEX bookings_open ON bookings (starts_at) WHERE status = 'BOOKED';
CREATE INDEX bookings_to_erase ON bookings (starts_at) WHERE erased_at IS NULL;

-- A proof-of-work salt serves one booking; kept until the salt would have expired anyway.
CREATE TABLE used_proofs (
    salt_hash   text PRIMARY KEY,
    expires_at  timestamptz NOT NULL
);

-- Keys the server generates once and keeps, so that QR codes stay valid across restarts.
CREATE TABLE server_secrets (
    name        text PRIMARY KEY,
    value       text NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Mails wait here until the mail server takes them; the text is written when it is sent, from the
-- booking, so personal data lives in one place and is erased there.
CREATE TABLE mail_outbox (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL,
    subject_id      text NOT NULL,
    due_at          timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        int NOT NULL DEFAULT 0,
    sent_at         timestamptz,
    dropped_at      timestamptz,
    last_error      text
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX mail_outbox_subject ON mail_outbox (subject_id);
