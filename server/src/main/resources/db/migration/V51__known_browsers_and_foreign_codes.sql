-- Browsers a clerk has signed in from before (a long-lived cookie set at a successful sign-in): a
-- clerk there is not held back by wrong passwords that others send for the same username.
CREATE TABLE known_browsers (
    token_hash   text PRIMARY KEY,
    clerk_id     text NOT NULL REFERENCES clerks ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz NOT NULL
);

CREATE INDEX known_browsers_clerk ON known_browsers (clerk_id);
CREATE INDEX known_browsers_stale ON known_browsers (last_used_at);

-- An imported booking gets a code of ours (long, random); the other system's number, often short
-- enough to guess, stays beside it for staff to look it up and for a second import to be recognised.
ALTER TABLE bookings ADD COLUMN foreign_code text;
CREATE UNIQUE INDEX bookings_foreign_code ON bookings (office_id, foreign_code) WHERE foreign_code IS NOT NULL;
