-- The language the citizen booked in: their mails come in it first, with German beside it.
ALTER TABLE bookings ADD COLUMN language text NOT NULL DEFAULT 'de'
    CHECK (language IN ('de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl'));
