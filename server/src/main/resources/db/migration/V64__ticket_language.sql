-- The citizen's language on their ticket: the ticket page speaks it first, with German beside it.
ALTER TABLE tickets ADD COLUMN language text NOT NULL DEFAULT 'de'
    CHECK (language IN ('de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl'));
