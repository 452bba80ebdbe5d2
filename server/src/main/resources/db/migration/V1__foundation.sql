-- The catalogue: what an office offers, where and when.
CREATE TABLE offices (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    time_zone   text NOT NULL DEFAULT 'Europe/Berlin'
);

CREATE TABLE waiting_areas (
    id          text PRIMARY KEY,
    office_id   text NOT NULL REFERENCES offices,
    name        text NOT NULL
);

CREATE TABLE categories (
    id            text PRIMARY KEY,
    office_id     text NOT NULL REFERENCES offices,
    name          text NOT NULL,
    name_en       text NOT NULL,
    ticket_prefix char(1) NOT NULL,
    position      int NOT NULL DEFAULT 0,
    UNIQUE (office_id, ticket_prefix)
);

CREATE TABLE services (
    id               text PRIMARY KEY,
    office_id        text NOT NULL REFERENCES offices,
    category_id      text NOT NULL REFERENCES categories,
    name             text NOT NULL,
    name_en          text NOT NULL,
    duration_minutes int NOT NULL CHECK (duration_minutes > 0),
    information      text NOT NULL DEFAULT '',
    information_en   text NOT NULL DEFAULT '',
    online_bookable  boolean NOT NULL DEFAULT true,
    position         int NOT NULL DEFAULT 0
);

-- A counter is also where a clerk's session lives: who holds it and whether it is open.
CREATE TABLE counters (
    id              text PRIMARY KEY,
    office_id       text NOT NULL REFERENCES offices,
    name            text NOT NULL,
    waiting_area_id text NOT NULL REFERENCES waiting_areas,
    position        int NOT NULL DEFAULT 0,
    state           text NOT NULL DEFAULT 'CLOSED' CHECK (state IN ('CLOSED', 'OPEN', 'PAUSED')),
    clerk_id        text,
    state_since     timestamptz
);

CREATE TABLE counter_services (
    counter_id  text NOT NULL REFERENCES counters ON DELETE CASCADE,
    service_id  text NOT NULL REFERENCES services ON DELETE CASCADE,
    PRIMARY KEY (counter_id, service_id)
);

CREATE TABLE opening_hours (
    office_id   text NOT NULL REFERENCES offices,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens       time NOT NULL,
    closes      time NOT NULL CHECK (closes > opens),
    PRIMARY KEY (office_id, weekday, opens)
);

CREATE TABLE closures (
    office_id   text NOT NULL REFERENCES offices,
    day         date NOT NULL,
    reason      text NOT NULL DEFAULT '',
    PRIMARY KEY (office_id, day)
);

-- Staff and devices.
CREATE TABLE clerks (
    id            text PRIMARY KEY,
    office_id     text NOT NULL REFERENCES offices,
    username      text NOT NULL UNIQUE,
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('CLERK', 'ADMIN')),
    active        boolean NOT NULL DEFAULT true
);

ALTER TABLE counters ADD FOREIGN KEY (clerk_id) REFERENCES clerks;

CREATE TABLE clerk_sessions (
    token_hash  text PRIMARY KEY,
    clerk_id    text NOT NULL REFERENCES clerks,
    csrf_token  text NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);

CREATE TABLE devices (
    id              text PRIMARY KEY,
    office_id       text NOT NULL REFERENCES offices,
    name            text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('KIOSK', 'DISPLAY')),
    waiting_area_id text REFERENCES waiting_areas,
    token_hash      text NOT NULL,
    last_seen       timestamptz,
    printer_status  text
);

CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    clerk_id    text REFERENCES clerks,
    action      text NOT NULL,
    subject     text NOT NULL DEFAULT '',
    detail      text NOT NULL DEFAULT ''
);

-- Tickets: numbers restart each day per office and prefix, and are never issued twice.
CREATE TABLE ticket_sequences (
    office_id   text NOT NULL REFERENCES offices,
    day         date NOT NULL,
    prefix      char(1) NOT NULL,
    last_number int NOT NULL,
    PRIMARY KEY (office_id, day, prefix)
);

CREATE TABLE tickets (
    id              text PRIMARY KEY,
    office_id       text NOT NULL REFERENCES offices,
    day             date NOT NULL,
    number          text NOT NULL,
    service_id      text NOT NULL REFERENCES services,
    persons         int NOT NULL DEFAULT 1 CHECK (persons BETWEEN 1 AND 10),
    kind            text NOT NULL CHECK (kind IN ('WALK_IN', 'APPOINTMENT')),
    channel         text NOT NULL,
    status          text NOT NULL CHECK (status IN ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW')),
    issued_at       timestamptz NOT NULL,
    -- The place in line: kept on transfer, renewed when a no-show is re-queued.
    queued_at       timestamptz NOT NULL,
    -- When an appointment falls due; null for walk-ins and re-queued no-shows.
    due_at          timestamptz,
    appointment_at  timestamptz,
    target_counter_id text REFERENCES counters,
    counter_id      text REFERENCES counters,
    called_at       timestamptz,
    started_at      timestamptz,
    finished_at     timestamptz,
    recalls         int NOT NULL DEFAULT 0,
    requeued        boolean NOT NULL DEFAULT false,
    link_token      text NOT NULL UNIQUE,
    UNIQUE (office_id, day, number)
);

CREATE INDEX tickets_waiting ON tickets (office_id, day) WHERE status = 'WAITING';
CREATE INDEX tickets_called ON tickets (office_id, day, called_at DESC) WHERE called_at IS NOT NULL;
CREATE INDEX tickets_at_counter ON tickets (counter_id) WHERE status IN ('CALLED', 'SERVING');

-- Every call of a ticket to a counter, newest last: what the screens show and the waits are measured by.
CREATE TABLE calls (
    id          bigserial PRIMARY KEY,
    ticket_id   text NOT NULL REFERENCES tickets,
    office_id   text NOT NULL REFERENCES offices,
    counter_id  text NOT NULL REFERENCES counters,
    called_at   timestamptz NOT NULL,
    recalls     int NOT NULL DEFAULT 0,
    -- The latest recall: a recalled number goes back to the top of the screens.
    recalled_at timestamptz
);

CREATE INDEX calls_latest ON calls (office_id, called_at DESC);
