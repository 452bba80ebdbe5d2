-- Notifications near your turn. The installation's VAPID key pair for Web Push (one for every
-- instance, kept in backups so that phones that subscribed stay reachable after a restore), and the
-- phones that asked to be told when their ticket's turn is near: by Web Push, or by SMS where the
-- office has a gateway.
CREATE TABLE push_keys (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    public_key  text NOT NULL,  -- X.509, Base64
    private_key text NOT NULL,  -- PKCS#8, Base64
    created_at  timestamptz NOT NULL
);

CREATE TABLE notice_subscriptions (
    id          bigserial PRIMARY KEY,
    link_token  text NOT NULL REFERENCES tickets (link_token) ON DELETE CASCADE,
    -- Web Push: the push service's address and the browser's keys.
    endpoint    text,
    p256dh      text,
    auth        text,
    -- SMS: the number, in international form (+49…).
    phone       text,
    -- Tell the citizen once when this many (or fewer) are ahead.
    ahead_at    int NOT NULL CHECK (ahead_at BETWEEN 0 AND 20),
    ahead_sent  boolean NOT NULL DEFAULT false,
    -- Calls told so far: a recall is told again.
    calls_sent  int NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    CHECK ((endpoint IS NOT NULL AND p256dh IS NOT NULL AND auth IS NOT NULL AND phone IS NULL)
        OR (phone IS NOT NULL AND endpoint IS NULL AND p256dh IS NULL AND auth IS NULL)),
    UNIQUE (link_token, endpoint),
    UNIQUE (link_token, phone)
);
