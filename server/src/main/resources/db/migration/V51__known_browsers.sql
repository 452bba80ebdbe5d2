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
