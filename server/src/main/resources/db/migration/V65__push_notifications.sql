-- Web Push: the installation's VAPID key pair (one for every instance, kept in backups so that
-- phones that subscribed stay reachable after a restore), and the phones that asked to be told
-- when their ticket's turn is near.
CREATE TABLE push_keys (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    public_key  text NOT NULL,  -- X.509, Base64
    private_key text NOT NULL,  -- PKCS#8, Base64
    created_at  timestamptz NOT NULL
);

CREATE TABLE push_subscriptions (
    id          bigserial PRIMARY KEY,
    link_token  text NOT NULL REFERENCES tickets (link_token) ON DELETE CASCADE,
    endpoint    text NOT NULL,
    p256dh      text NOT NULL,
    auth        text NOT NULL,
    -- Tell the citizen once when this many (or fewer) are ahead.
    ahead_at    int NOT NULL CHECK (ahead_at BETWEEN 0 AND 20),
    ahead_sent  boolean NOT NULL DEFAULT false,
    -- Calls told so far: a recall is told again.
    calls_sent  int NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    UNIQUE (link_token, endpoint)
);
